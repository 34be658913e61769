/** The demo organisations and accounts a fresh platform starts with. PICs 999xxxxxx are not real. */
import type { OrganisationType } from '../../engine/call-definition/types.ts';
import type { GlobalRole } from '../db/schema.ts';

/** The id of the demo call, a copy of the newest call year that is open when the platform starts. */
export const DEMO_CALL_ID = 'demo';

export const DEMO_ORGANISATIONS: {
  pic: string;
  legalName: string;
  country: string;
  type: OrganisationType;
  city: string;
}[] = [
  { pic: '999100001', legalName: 'Aarhus University', country: 'DK', type: 'hei', city: 'Aarhus' },
  { pic: '999100002', legalName: 'Berufskolleg Berlin-Mitte', country: 'DE', type: 'vet', city: 'Berlin' },
  { pic: '999100003', legalName: 'Université de Lyon', country: 'FR', type: 'hei', city: 'Lyon' },
  {
    pic: '999100004',
    legalName: 'Amsterdam Robotics BV',
    country: 'NL',
    type: 'enterprise',
    city: 'Amsterdam',
  },
  { pic: '999100005', legalName: 'Dansk Erhverv', country: 'DK', type: 'chamber', city: 'Copenhagen' },
  {
    pic: '999100006',
    legalName: 'IG Metall Bildungszentrum',
    country: 'DE',
    type: 'social-partner',
    city: 'Frankfurt',
  },
  { pic: '999100007', legalName: 'Institut Pasteur de Lyon', country: 'FR', type: 'research', city: 'Lyon' },
  {
    pic: '999100008',
    legalName: 'Gemeente Eindhoven',
    country: 'NL',
    type: 'public-body',
    city: 'Eindhoven',
  },
  { pic: '999100009', legalName: 'Politecnico di Milano', country: 'IT', type: 'hei', city: 'Milan' },
  { pic: '999100010', legalName: 'ROC Twente', country: 'NL', type: 'vet', city: 'Hengelo' },
  { pic: '999100011', legalName: 'Tallinn Polytechnic School', country: 'EE', type: 'vet', city: 'Tallinn' },
  {
    pic: '999100012',
    legalName: 'Vestas Wind Academy A/S',
    country: 'DK',
    type: 'enterprise',
    city: 'Aarhus',
  },
  {
    pic: '999100013',
    legalName: 'Porto Digital Skills Association',
    country: 'PT',
    type: 'sectoral-association',
    city: 'Porto',
  },
  {
    pic: '999100014',
    legalName: 'Kraków Chamber of Commerce',
    country: 'PL',
    type: 'chamber',
    city: 'Kraków',
  },
  {
    pic: '999100015',
    legalName: 'Universidad Politécnica de Valencia',
    country: 'ES',
    type: 'hei',
    city: 'Valencia',
  },
  { pic: '999100016', legalName: 'Norsk Fagskole AS', country: 'NO', type: 'vet', city: 'Oslo' },
  { pic: '999100017', legalName: 'Helsinki Business College', country: 'FI', type: 'vet', city: 'Helsinki' },
  { pic: '999100018', legalName: 'SolarTech Iberia SL', country: 'ES', type: 'enterprise', city: 'Seville' },
  {
    pic: '999100019',
    legalName: 'Geneva Institute of Technology',
    country: 'CH',
    type: 'hei',
    city: 'Geneva',
  },
  {
    pic: '999100020',
    legalName: 'Skills Council for Green Jobs',
    country: 'IE',
    type: 'sector-skills-council',
    city: 'Dublin',
  },
];

export interface DemoAccount {
  key: string;
  email: string;
  name: string;
  role: GlobalRole;
  purpose: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    key: 'coordinator',
    email: 'coordinator@demo.alliances.example',
    name: 'Mette Lund',
    role: 'applicant',
    purpose: 'coordinator contact of the demo proposal (Aarhus University)',
  },
  {
    key: 'partner1',
    email: 'partner1@demo.alliances.example',
    name: 'Jonas Becker',
    role: 'applicant',
    purpose: 'partner contact (Berufskolleg Berlin-Mitte)',
  },
  {
    key: 'partner2',
    email: 'partner2@demo.alliances.example',
    name: 'Inès Moreau',
    role: 'applicant',
    purpose: 'partner contact (Université de Lyon)',
  },
  {
    key: 'officer',
    email: 'officer@demo.alliances.example',
    name: 'Sofie Jensen',
    role: 'officer',
    purpose: 'agency officer',
  },
  {
    key: 'expert1',
    email: 'expert1@demo.alliances.example',
    name: 'Lukas Novák',
    role: 'expert',
    purpose: 'independent expert',
  },
  {
    key: 'expert2',
    email: 'expert2@demo.alliances.example',
    name: 'Maria Rossi',
    role: 'expert',
    purpose: 'independent expert',
  },
  {
    key: 'expert3',
    email: 'expert3@demo.alliances.example',
    name: 'Anna Kowalska',
    role: 'expert',
    purpose: 'independent expert',
  },
  {
    key: 'admin',
    email: 'admin@demo.alliances.example',
    name: 'Platform Admin',
    role: 'admin',
    purpose: 'administrator',
  },
];

/** Registry entries of the three demo experts. Expert 2 works at Université de Lyon: a conflict with the demo proposal. */
export const DEMO_EXPERTS: {
  account: string;
  country: string;
  employerPic: string | null;
  topics: string[];
  languages: string[];
  maxLoad: number;
}[] = [
  {
    account: 'expert1',
    country: 'CZ',
    employerPic: null,
    topics: ['digital', 'renewable-energy', 'vet', 'education-enterprise'],
    languages: ['en', 'cs'],
    maxLoad: 8,
  },
  {
    account: 'expert2',
    country: 'IT',
    employerPic: '999100003',
    topics: ['higher-education', 'renewable-energy', 'sectoral-skills'],
    languages: ['en', 'it', 'fr'],
    maxLoad: 8,
  },
  {
    account: 'expert3',
    country: 'PL',
    employerPic: null,
    topics: ['vet', 'higher-education', 'education-enterprise', 'stem'],
    languages: ['en', 'pl'],
    maxLoad: 8,
  },
];
