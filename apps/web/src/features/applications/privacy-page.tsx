import { Link } from 'react-router';
import { ContactDetails } from './contact-details';
import { useFormOptions } from './queries';

/** The privacy statement of the public form (AVG): which data, why, how long (R13), who sees it (R14), the applicant's rights. */
export function PrivacyPage() {
  const contact = useFormOptions().data?.contact;
  return (
    <section className="card prose">
      <h1>Privacyverklaring aanmelding zij-instroom</h1>
      <p>
        Flevowijs, het projectbureau zij-instroom primair onderwijs in Almere en Lelystad, gebruikt de gegevens die je met het aanmeldformulier stuurt. Hier
        lees je welke gegevens dat zijn, waarom we ze gebruiken, hoe lang we ze bewaren, wie ze ziet en welke rechten je hebt.
      </p>

      <h2>Welke gegevens</h2>
      <ul>
        <li>Je naam, e-mailadres en telefoonnummer.</li>
        <li>Je hoogst afgeronde opleiding en studierichting, de route waarvoor je je aanmeldt en je regio.</li>
        <li>Je motivatiebrief en cv.</li>
        <li>Wat er met je aanmelding gebeurt: de fase, het selectiegesprek, de adviezen en de uitkomst van het geschiktheidsonderzoek.</li>
      </ul>
      <p>
        We vragen geen burgerservicenummer (BSN), kopie van je identiteitsbewijs, foto of gegevens over je gezondheid. Zet die ook niet in je cv of
        motivatiebrief.
      </p>

      <h2>Waarom</h2>
      <p>
        We gebruiken je gegevens om je aanmelding te beoordelen, je uit te nodigen voor een selectiegesprek, je in contact te brengen met een schoolbestuur en
        je te begeleiden tijdens je traject. Dat doen we omdat je ons vraagt je aanmelding in behandeling te nemen; je gegevens langer bewaren doen we alleen
        met je toestemming.
      </p>

      <h2>Hoe lang we je gegevens bewaren</h2>
      <ul>
        <li>Word je afgewezen of trek je je aanmelding in, dan verwijderen we je gegevens en documenten 4 weken nadat je aanmelding is afgesloten.</li>
        <li>
          Gaf je toestemming om je gegevens te bewaren voor toekomstige vacatures, dan verwijderen we ze 1 jaar na het afsluiten. Die toestemming kun je altijd
          intrekken.
        </li>
        <li>
          Begin je aan een traject, dan bewaren we je gegevens tot 4 jaar na het einde ervan: zo lang moet het schoolbestuur de subsidie zij-instroom bij DUO
          kunnen verantwoorden.
        </li>
      </ul>
      <p>Daarna blijft alleen een anonieme registratie over, voor de tellingen in onze rapportages.</p>

      <h2>Wie je gegevens ziet</h2>
      <ul>
        <li>De medewerkers van het projectbureau van Flevowijs.</li>
        <li>Een schoolbestuur dat in je selectiegesprek zit of bij wie je geplaatst wordt: alleen wat het daarvoor nodig heeft.</li>
        <li>De lerarenopleiding die je geschiktheidsonderzoek doet: alleen wat daarvoor nodig is.</li>
        <li>Je coach tijdens je traject.</li>
      </ul>
      <p>We leggen vast met wie we je gegevens delen, wat, wanneer en waarom. We verkopen je gegevens niet en geven ze aan niemand anders.</p>

      <h2>Je rechten</h2>
      <p>
        Je kunt je gegevens inzien (inzage), laten verbeteren of laten verwijderen, en je toestemming intrekken. Vraag het ons via de contactgegevens hieronder.
        Ben je het niet eens met hoe we met je gegevens omgaan, dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens.
      </p>

      <h2>Contact</h2>
      <ContactDetails contact={contact} intro="Vragen over je gegevens, of een verzoek om inzage of verwijdering?" />
      <p>
        <Link to="/aanmelden">Naar het aanmeldformulier</Link>
      </p>
    </section>
  );
}
