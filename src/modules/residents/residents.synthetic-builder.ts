import { addDays } from '../../lib/dates.ts';
import type { Random } from '../../lib/random.ts';
import { afghanNames, caseNumberPrefixes, disabilityKinds, missingIdNotes } from './residents.demo-data.ts';
import type { Tenure } from './residents.schemas.ts';
import type { PopulationNeighborhood, SyntheticHousehold, SyntheticPerson } from './residents.synthetic.ts';
import { composeHousehold, foreignHouseholdShare, type Member, sizeWeightsFor } from './residents.synthetic-households.ts';
import { scatter, syntheticNationalId, syntheticPhone } from './residents.synthetic-ids.ts';
import { afghanNamer, iranianNamer } from './residents.synthetic-names.ts';
import { addressFor, employmentFor, type Insurance, type MissingIdReason, schoolingFor, yearsBefore } from './residents.synthetic-people.ts';

// The generator's workshop: households composed into rows, each member's circumstances drawn,
// national IDs, phones and case numbers numbered in sequence, and the agencies that serve them.

interface Counters {
  nationalId: number;
  phone: number;
  cases: Map<string, number>;
}

/** Adds neighbourhoods' households and people to its rows, numbering IDs, phones and case files as it goes. */
export class PopulationBuilder {
  readonly households: SyntheticHousehold[] = [];
  readonly persons: SyntheticPerson[] = [];
  private readonly counters: Counters;

  constructor(
    private readonly today: string,
    firstIdSequence: number,
  ) {
    this.counters = { nationalId: firstIdSequence, phone: firstIdSequence, cases: new Map() };
  }

  nextNationalId(): string {
    return syntheticNationalId(scatter(this.counters.nationalId++, 524_287));
  }

  nextPhone(): string {
    return syntheticPhone(this.counters.phone++);
  }

  caseNumber(agencyCode: string, provinceCode: string): string {
    const serial = (this.counters.cases.get(agencyCode) ?? 0) + 1;
    this.counters.cases.set(agencyCode, serial);
    return `${caseNumberPrefixes[agencyCode] ?? 'CS'}-${provinceCode}-${String(serial).padStart(6, '0')}`;
  }

  /** A day from `minDaysAgo` to `maxDaysAgo` before today, never before `notBefore`. */
  dayAgo(random: Random, minDaysAgo: number, maxDaysAgo: number, notBefore: string): string {
    const day = addDays(this.today, -random.int(minDaysAgo, maxDaysAgo));
    return day < notBefore ? notBefore : day;
  }

  addNeighborhood(neighborhood: PopulationNeighborhood, target: number, random: Random): void {
    const sizeWeights = sizeWeightsFor(neighborhood);
    const todayYear = Number(this.today.slice(0, 4));
    const birthYearOf = (age: number) => todayYear - age;
    let people = 0;
    while (people < target) {
      const foreign = random.chance(foreignHouseholdShare);
      const namer = foreign ? afghanNamer(random, random.pick(afghanNames.last)) : iranianNamer(random);
      const members = composeHousehold(random, namer, birthYearOf, random.choose(sizeWeights));
      this.addHousehold(neighborhood, members, foreign, random);
      people += members.length;
    }
  }

  private addHousehold(neighborhood: PopulationNeighborhood, members: Member[], foreign: boolean, random: Random): void {
    const head = members[0]!;
    const femaleHeaded = head.sex === 'female';
    const informalArea = neighborhood.fabric === 'informal_settlement';
    const tenure: Tenure = foreign
      ? random.weighted({ tenant: 80, informal: 20 })
      : random.weighted(informalArea ? { owner: 30, tenant: 30, informal: 40 } : { owner: 45, tenant: 42, informal: 13 });
    const decile: number | null = foreign
      ? random.choose<number | null>([[null, 60], [1, 20], [2, 15], [3, 5]])
      : random.choose<number | null>(
          femaleHeaded
            ? [[1, 45], [2, 30], [3, 15], [4, 6], [null, 4]]
            : [[1, 28], [2, 27], [3, 20], [4, 13], [5, 5], [6, 2], [null, 5]],
        );
    // Insurance mostly goes with the household: dependants are covered by the head's.
    const householdUninsured = random.chance(foreign ? 0.65 : decile === 1 ? 0.31 : 0.21);
    const householdKey = this.households.length;
    const firstKey = this.persons.length;
    this.households.push({
      key: householdKey,
      provinceCode: neighborhood.provinceCode,
      neighborhoodId: neighborhood.id,
      address: addressFor(random, tenure),
      tenure,
      welfareDecile: decile,
      headKey: firstKey,
    });

    for (const member of members) {
      const birthDate = addDays(yearsBefore(this.today, member.age), -random.int(0, 364));
      let missingIdReason: MissingIdReason | null = null;
      if (foreign) missingIdReason = 'foreign_national';
      else if (member.age === 0 && random.chance(0.08)) missingIdReason = 'not_yet_issued';
      else if (member.age >= 18 && random.chance(0.003)) missingIdReason = 'undocumented';
      const schooling = schoolingFor(random, member.age, foreign);
      const disabled = random.chance(member.age < 15 ? 0.015 : member.age < 65 ? 0.025 : 0.08);
      let insurance: Insurance = householdUninsured ? 'uninsured' : 'insured';
      if (random.chance(0.03)) insurance = 'unknown';
      else if (random.chance(0.1)) insurance = random.chance(0.6) ? 'insured' : 'uninsured';
      const phoneChance = member.relation === 'head' ? (foreign ? 0.7 : 0.92) : member.age >= 18 ? 0.55 : member.age >= 15 ? 0.2 : 0;
      this.persons.push({
        key: this.persons.length,
        householdKey,
        provinceCode: neighborhood.provinceCode,
        neighborhoodId: neighborhood.id,
        nationalId: missingIdReason ? null : this.nextNationalId(),
        missingIdReason,
        firstName: member.firstName,
        lastName: member.lastName,
        fatherName: member.fatherName,
        sex: member.sex,
        birthDate,
        relation: member.relation,
        phone: random.chance(phoneChance) ? this.nextPhone() : '',
        schooling,
        insurance,
        employment: employmentFor(random, member, schooling, disabled),
        disability: disabled ? random.choose(disabilityKinds) : '',
        notes: missingIdReason ? missingIdNotes[missingIdReason] : '',
        agencies: [],
      });
    }
    this.linkAgencies(neighborhood, this.persons.slice(firstKey), { femaleHeaded, foreign, decile, elderlyAlone: members.length === 1 && head.age >= 60 }, random);
  }

  /**
   * Who serves the household: its neighbourhood's steward has everyone on its books; the relief
   * committee and the welfare organisation take female-headed and the poorest households and
   * disabled people; Setad some of the poorest; the Red Crescent individuals it screened.
   */
  private linkAgencies(neighborhood: PopulationNeighborhood, members: SyntheticPerson[], household: { femaleHeaded: boolean; foreign: boolean; decile: number | null; elderlyAlone: boolean }, random: Random): void {
    const province = neighborhood.provinceCode;
    const linkAll = (agencyCode: string, minDaysAgo: number, maxDaysAgo: number) => {
      if (members.some((member) => member.agencies.some((link) => link.agencyCode === agencyCode))) return;
      const caseNumber = this.caseNumber(agencyCode, province);
      const startedOn = addDays(this.today, -random.int(minDaysAgo, maxDaysAgo));
      for (const member of members) member.agencies.push({ agencyCode, caseNumber, startedOn: startedOn < member.birthDate ? member.birthDate : startedOn, endedOn: null });
    };
    linkAll(neighborhood.stewardAgencyCode ?? 'relief-committee', 7, 1_400);
    const { femaleHeaded, foreign, decile, elderlyAlone } = household;
    if (!foreign && ((femaleHeaded && random.chance(0.55)) || (decile === 1 && random.chance(0.3)) || (elderlyAlone && random.chance(0.5)))) linkAll('relief-committee', 60, 4_000);
    if (femaleHeaded && random.chance(0.3)) linkAll('welfare', 30, 3_000);
    if (!foreign && decile !== null && decile <= 2 && random.chance(0.08)) linkAll('setad', 30, 1_200);
    for (const member of members) {
      const linked = (code: string) => member.agencies.some((link) => link.agencyCode === code);
      if (member.disability && !linked('welfare') && random.chance(0.7)) {
        member.agencies.push({ agencyCode: 'welfare', caseNumber: this.caseNumber('welfare', province), startedOn: this.dayAgo(random, 30, 3_000, member.birthDate), endedOn: null });
      }
      if (!linked('red-crescent') && random.chance(0.04)) {
        const startedOn = this.dayAgo(random, 5, 700, member.birthDate);
        const ends = addDays(startedOn, random.int(1, 90));
        member.agencies.push({ agencyCode: 'red-crescent', caseNumber: this.caseNumber('red-crescent', province), startedOn, endedOn: random.chance(0.4) && ends <= this.today ? ends : null });
      }
    }
  }
}
