import { eligibilityRefusal, routesAccepting, type RouteRequirement } from './eligibility.policy';

const HIGHER = ['hbo_bachelor', 'hbo_master', 'wo_bachelor', 'wo_master'];
const ZIJ_INSTROOM: RouteRequirement = { code: 'zij_instroom', name: 'Zij-instroom', degreeLevels: HIGHER };
const DUAAL: RouteRequirement = { code: 'duaal', name: 'Duaal traject', degreeLevels: HIGHER };
const AD_PEP: RouteRequirement = { code: 'ad_pep', name: 'Ad PEP', degreeLevels: [...HIGHER, 'associate_degree', 'mbo', 'havo', 'vwo'] };
const OFFERED = [ZIJ_INSTROOM, AD_PEP, DUAAL];

describe('R1: eligibility by route', () => {
  it('accepts a level the route names', () => {
    expect(eligibilityRefusal(ZIJ_INSTROOM, 'wo_master', OFFERED)).toBeNull();
    expect(eligibilityRefusal(AD_PEP, 'mbo', OFFERED)).toBeNull();
  });

  it('refuses another level, saying what the route asks and naming the routes that fit', () => {
    expect(eligibilityRefusal(ZIJ_INSTROOM, 'mbo', OFFERED)).toBe(
      'Voor de route Zij-instroom heb je een afgeronde opleiding nodig: hbo-bachelor (240 EC), hbo-master, wo-bachelor (180 EC) of wo-master. ' +
        'Met je opleiding (mbo niveau 4) kun je je wel aanmelden voor: Ad PEP.',
    );
    expect(eligibilityRefusal(DUAAL, 'havo', OFFERED)).toContain('kun je je wel aanmelden voor: Ad PEP.');
  });

  it('points elsewhere when no route fits', () => {
    expect(eligibilityRefusal(AD_PEP, 'other', OFFERED)).toMatch(/Geen van onze routes past bij je opleiding \(anders \/ geen van deze\)\..*pabo/);
  });

  it('lists the fitting routes in their order', () => {
    expect(routesAccepting('wo_bachelor', OFFERED).map((route) => route.code)).toEqual(['zij_instroom', 'ad_pep', 'duaal']);
  });
});
