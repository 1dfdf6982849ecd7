import type { Region, Role } from '@app/shared';

/**
 * The organisations of the demo: the 11 Almere boards of the convenant (names invented where the
 * real ones are not public), the 3 Lelystad boards, their schools and two teacher-training institutes.
 */
export interface DemoBoard {
  name: string;
  region: Region;
  joinedAt: string;
  schools: string[];
}

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  boardName?: string;
  instituteName?: string;
}

export const DEMO_EMAIL_DOMAIN = 'demo.flevowijs.nl';
export const DEMO_PASSWORD = 'Demo-wachtwoord-2026';

const ALMERE_BOARDS = [
  'Stichting Prisma',
  'Almeerse Scholen Groep',
  'Stichting Flore Almere',
  'Stichting Katholiek Primair Onderwijs Almere',
  'Stichting Protestants-Christelijk Onderwijs Almere',
  'Stichting Islamitisch Primair Onderwijs Almere',
  'Stichting Vrije Scholen Almere',
  'Stichting Montessorionderwijs Almere',
  'Stichting Daltonscholen Almere',
  'Stichting Openbaar Onderwijs Almere Poort',
  'Stichting Samenwerkingsscholen Almere',
];

const LELYSTAD_BOARDS = ['Stichting School', 'SKO Flevoland en Veluwe', 'SCPO Lelystad'];

const SCHOOL_NAMES = [
  'De Regenboog',
  'De Zonnewijzer',
  'Het Palet',
  'De Wereldboom',
  'De Vlinder',
  'Het Kompas',
  'De Meander',
  'De Klimop',
  'De Polderster',
  'Het Baken',
  'De Windroos',
  'De Zeester',
  'De Horizon',
  'Het Talent',
  'De Kameleon',
  'De Ontdekking',
  'De Sterrenwacht',
  'De Waterlelie',
  'Het Avontuur',
  'De Pionier',
  'De Eilanden',
  'De Albatros',
  'Het Mozaïek',
  'De Boomgaard',
  'De Kikkerbrug',
  'De Lettertuin',
];

const ALMERE_DISTRICTS = ['Almere Stad', 'Almere Buiten', 'Almere Haven', 'Almere Poort', 'Almere Hout', 'Almere Pampus'];

function schoolsFor(boardIndex: number, count: number): string[] {
  return Array.from({ length: count }, (_, offset) => `${SCHOOL_NAMES[(boardIndex * 5 + offset * 3) % SCHOOL_NAMES.length]}`);
}

export const DEMO_BOARDS: DemoBoard[] = [
  ...ALMERE_BOARDS.map((name, index) => ({
    name,
    region: 'almere' as const,
    // Most boards signed the convenant at its start; a few joined later (toetreding).
    joinedAt: index < 8 ? '2023-09-01' : `2024-0${index - 6}-01`,
    schools: schoolsFor(index, 2 + (index % 4)).map((school, offset) => `${school} (${ALMERE_DISTRICTS[(index + offset) % ALMERE_DISTRICTS.length]})`),
  })),
  ...LELYSTAD_BOARDS.map((name, index) => ({
    name,
    region: 'lelystad' as const,
    joinedAt: '2025-01-15',
    schools: schoolsFor(index + ALMERE_BOARDS.length, 3 + index),
  })),
];

/** Almere schools carry their district in the name; the city column holds the municipality. */
export function cityOf(board: DemoBoard): string {
  return board.region === 'almere' ? 'Almere' : 'Lelystad';
}

export const DEMO_INSTITUTES = ['Hogeschool Windesheim Almere', 'Hogeschool Inholland Pabo'];

const demoEmail = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;

export const DEMO_USERS: DemoUser[] = [
  { email: demoEmail('beheer'), name: 'Demo Beheerder', role: 'admin' },
  { email: demoEmail('medewerker1'), name: 'Marieke de Boer', role: 'staff' },
  { email: demoEmail('medewerker2'), name: 'Youssef El Idrissi', role: 'staff' },
  { email: demoEmail('medewerker3'), name: 'Hanneke Postma', role: 'staff' },
  { email: demoEmail('coach1'), name: 'Peter van Dam', role: 'coach' },
  { email: demoEmail('coach2'), name: 'Ingrid Veenstra', role: 'coach' },
  { email: demoEmail('coach3'), name: 'Samira Bakkali', role: 'coach' },
  { email: demoEmail('coach4'), name: 'Gerard Hoekstra', role: 'coach' },
  { email: demoEmail('bestuur1'), name: 'Annemiek Smit', role: 'board', boardName: 'Stichting Prisma' },
  { email: demoEmail('bestuur2'), name: 'Rachid Ouali', role: 'board', boardName: 'Almeerse Scholen Groep' },
  { email: demoEmail('bestuur3'), name: 'Joke Dijkstra', role: 'board', boardName: 'Stichting School' },
  { email: demoEmail('bestuur4'), name: 'Frank Mulder', role: 'board', boardName: 'SKO Flevoland en Veluwe' },
  { email: demoEmail('opleiding1'), name: 'Els van Leeuwen', role: 'institute', instituteName: 'Hogeschool Windesheim Almere' },
  { email: demoEmail('opleiding2'), name: 'Tom Brouwer', role: 'institute', instituteName: 'Hogeschool Inholland Pabo' },
];
