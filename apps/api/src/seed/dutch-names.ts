/** Word lists for demo candidates: common Dutch names, so the pages look like the real thing. */

export const FIRST_NAMES = [
  'Anna', 'Sophie', 'Julia', 'Emma', 'Lotte', 'Sanne', 'Femke', 'Lisa', 'Eva', 'Fleur',
  'Iris', 'Noor', 'Sara', 'Laura', 'Marloes', 'Inge', 'Esther', 'Mirjam', 'Anouk', 'Linda',
  'Petra', 'Karin', 'Marieke', 'Ilse', 'Nadia', 'Fatima', 'Yasmina', 'Samira', 'Ayşe', 'Priya',
  'Joyce', 'Sharon', 'Chantal', 'Renske', 'Wendy', 'Hanneke', 'Judith', 'Maartje', 'Roos', 'Floor',
  'Daan', 'Sem', 'Lucas', 'Thomas', 'Jeroen', 'Bas', 'Ruben', 'Tim', 'Niels', 'Martijn',
  'Pieter', 'Jan', 'Kees', 'Wouter', 'Mark', 'Erik', 'Sander', 'Rob', 'Dennis', 'Frank',
  'Mohamed', 'Youssef', 'Ahmed', 'Mehmet', 'Emre', 'Kevin', 'Stefan', 'Vincent', 'Joost', 'Hidde',
  'Bram', 'Koen', 'Maarten', 'Jasper', 'Michiel', 'Arjen', 'Rutger', 'Gijs', 'Tijs', 'Levi',
];

/** Tussenvoegsels as they are written after a first name ("Anna van der Berg"). */
export const NAME_PREFIXES = ['de', 'van', 'van der', 'van den', 'van de', 'ten', 'ter', "van 't", 'in het', 'op de'];

export const SURNAMES = [
  'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks',
  'Dekker', 'Brouwer', 'Dijkstra', 'Koster', 'Prins', 'Huisman', 'Kok', 'Willems', 'Postma', 'Kuipers',
  'Vermeulen', 'Schouten', 'Verhoeven', 'Hoekstra', 'Sanders', 'Jacobs', 'Maas', 'Willemsen', 'Koning', 'Boer',
  'El Amrani', 'Yilmaz', 'Bouzid', 'Öztürk', 'Kaya', 'Ramdin', 'Sewnath', 'Martina', 'Nguyen', 'Kowalski',
];

/** Surnames that take a tussenvoegsel; the prefix is part of the last name as stored. */
export const PREFIXED_SURNAMES = [
  'Berg', 'Vries', 'Dijk', 'Leeuw', 'Wal', 'Velde', 'Heuvel', 'Brink', 'Bosch', 'Linden',
  'Graaf', 'Jong', 'Haan', 'Groot', 'Wit', 'Veen', 'Meer', 'Hoek', 'Laan', 'Beek',
];

/** Studies a career-switcher typically comes from (hbo or wo). */
export const DEGREE_FIELDS = [
  'Bedrijfskunde', 'Rechten', 'Psychologie', 'Pedagogische wetenschappen', 'Communicatie', 'Werktuigbouwkunde',
  'Bouwkunde', 'Verpleegkunde', 'Social work', 'Economie', 'Geschiedenis', 'Nederlandse taal en cultuur',
  'Biologie', 'Informatica', 'Commerciële economie', 'Sociologie', 'Facility management', 'Toegepaste wiskunde',
  'Bestuurskunde', 'Culturele antropologie', 'Journalistiek', 'Sportkunde', 'Logistiek', 'Accountancy',
];

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];
