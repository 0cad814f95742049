/**
 * Reference data that Tavana loads into the database: provinces with their
 * neighbourhood quotas, counties and cities (complete for the demo provinces,
 * the provincial capital elsewhere), the agencies that take part in the
 * programme, and the service packages of its two axes.
 *
 * Pure data: no I/O. Persian names use Persian ی and ک and ZWNJ (U+200C) where
 * the spelling needs it (هلال‌احمر، مهدی‌آباد).
 *
 * Codes:
 * - province: the Statistical Centre of Iran's two-digit code (`00`–`30`);
 * - county: `${provinceCode}-${nn}`, where `nn` is the county's number in the
 *   Statistical Centre's divisions list (so `20-03` is Shahroud, `30-01` Karaj);
 * - city: `${countyCode}-${nn}`, numbered within the county by this file.
 */

export interface ProvinceSeed {
  code: string;
  nameFa: string;
  nameEn: string;
  population2016: number;
  quota: number;
}

export interface CountySeed {
  code: string;
  provinceCode: string;
  nameFa: string;
  nameEn: string;
}

export interface CitySeed {
  code: string;
  countyCode: string;
  nameFa: string;
  nameEn: string;
  latitude: number;
  longitude: number;
}

export type AgencyKind =
  | 'founding'
  | 'ministry'
  | 'organisation'
  | 'judiciary'
  | 'police'
  | 'university'
  | 'charity'
  | 'foundation';

export interface AgencySeed {
  code: string;
  nameFa: string;
  nameEn: string;
  kind: AgencyKind;
  houseNameFa: string | null;
  houseNameEn: string | null;
}

export type Axis = 'empowerment' | 'transformation';

export interface AxisSeed {
  code: Axis;
  nameFa: string;
  nameEn: string;
  /** Youngest age served, inclusive; null when open. */
  minAge: number | null;
  /** Oldest age served, inclusive; null when open. */
  maxAge: number | null;
}

export interface PackageSeed {
  code: string;
  axis: Axis;
  nameFa: string;
  nameEn: string;
  sortOrder: number;
}

/**
 * Alborz's quota as first set. The provincial social headquarters raised it
 * from 55 to 66 neighbourhoods after its review (minutes of its 23rd meeting,
 * 1401/08/05); `provinces` carries the raised figure.
 */
export const alborzOriginalQuota = 55;

/**
 * The 31 provinces with their 2016 census population and their quota of target
 * neighbourhoods. Quotas sum to 2,020. Semnan (50, in 12 cities) and Alborz
 * (66) are the figures the provinces report; the other 1,904 are shared out in
 * proportion to population (largest remainder), since no official table per
 * province is at hand.
 */
export const provinces: readonly ProvinceSeed[] = [
  { code: '00', nameFa: 'مرکزی', nameEn: 'Markazi', population2016: 1_429_475, quota: 36 },
  { code: '01', nameFa: 'گیلان', nameEn: 'Gilan', population2016: 2_530_696, quota: 63 },
  { code: '02', nameFa: 'مازندران', nameEn: 'Mazandaran', population2016: 3_283_582, quota: 82 },
  { code: '03', nameFa: 'آذربایجان شرقی', nameEn: 'East Azerbaijan', population2016: 3_909_652, quota: 97 },
  { code: '04', nameFa: 'آذربایجان غربی', nameEn: 'West Azerbaijan', population2016: 3_265_219, quota: 81 },
  { code: '05', nameFa: 'کرمانشاه', nameEn: 'Kermanshah', population2016: 1_952_434, quota: 49 },
  { code: '06', nameFa: 'خوزستان', nameEn: 'Khuzestan', population2016: 4_710_509, quota: 117 },
  { code: '07', nameFa: 'فارس', nameEn: 'Fars', population2016: 4_851_274, quota: 121 },
  { code: '08', nameFa: 'کرمان', nameEn: 'Kerman', population2016: 3_164_718, quota: 79 },
  { code: '09', nameFa: 'خراسان رضوی', nameEn: 'Razavi Khorasan', population2016: 6_434_501, quota: 160 },
  { code: '10', nameFa: 'اصفهان', nameEn: 'Isfahan', population2016: 5_120_850, quota: 127 },
  { code: '11', nameFa: 'سیستان و بلوچستان', nameEn: 'Sistan and Baluchestan', population2016: 2_775_014, quota: 69 },
  { code: '12', nameFa: 'کردستان', nameEn: 'Kurdistan', population2016: 1_603_011, quota: 40 },
  { code: '13', nameFa: 'همدان', nameEn: 'Hamadan', population2016: 1_738_234, quota: 43 },
  { code: '14', nameFa: 'چهارمحال و بختیاری', nameEn: 'Chaharmahal and Bakhtiari', population2016: 947_763, quota: 24 },
  { code: '15', nameFa: 'لرستان', nameEn: 'Lorestan', population2016: 1_760_649, quota: 44 },
  { code: '16', nameFa: 'ایلام', nameEn: 'Ilam', population2016: 580_158, quota: 14 },
  { code: '17', nameFa: 'کهگیلویه و بویراحمد', nameEn: 'Kohgiluyeh and Boyer-Ahmad', population2016: 713_052, quota: 18 },
  { code: '18', nameFa: 'بوشهر', nameEn: 'Bushehr', population2016: 1_163_400, quota: 29 },
  { code: '19', nameFa: 'زنجان', nameEn: 'Zanjan', population2016: 1_057_461, quota: 26 },
  { code: '20', nameFa: 'سمنان', nameEn: 'Semnan', population2016: 702_360, quota: 50 },
  { code: '21', nameFa: 'یزد', nameEn: 'Yazd', population2016: 1_138_533, quota: 28 },
  { code: '22', nameFa: 'هرمزگان', nameEn: 'Hormozgan', population2016: 1_776_415, quota: 44 },
  { code: '23', nameFa: 'تهران', nameEn: 'Tehran', population2016: 13_267_637, quota: 330 },
  { code: '24', nameFa: 'اردبیل', nameEn: 'Ardabil', population2016: 1_270_420, quota: 32 },
  { code: '25', nameFa: 'قم', nameEn: 'Qom', population2016: 1_292_283, quota: 32 },
  { code: '26', nameFa: 'قزوین', nameEn: 'Qazvin', population2016: 1_273_761, quota: 32 },
  { code: '27', nameFa: 'گلستان', nameEn: 'Golestan', population2016: 1_868_819, quota: 47 },
  { code: '28', nameFa: 'خراسان شمالی', nameEn: 'North Khorasan', population2016: 863_092, quota: 21 },
  { code: '29', nameFa: 'خراسان جنوبی', nameEn: 'South Khorasan', population2016: 768_898, quota: 19 },
  { code: '30', nameFa: 'البرز', nameEn: 'Alborz', population2016: 2_712_400, quota: 66 },
];

/**
 * Counties. Complete for Semnan, Alborz, Mazandaran, Gilan, Tehran and Qom
 * (the provinces the demo data uses, as the divisions stood when the programme
 * began; counties created since may be missing); elsewhere only the county of
 * the provincial capital.
 */
export const counties: readonly CountySeed[] = [
  // 00 Markazi
  { code: '00-01', provinceCode: '00', nameFa: 'اراک', nameEn: 'Arak' },
  // 01 Gilan
  { code: '01-01', provinceCode: '01', nameFa: 'آستارا', nameEn: 'Astara' },
  { code: '01-02', provinceCode: '01', nameFa: 'آستانه اشرفیه', nameEn: 'Astaneh-ye Ashrafiyeh' },
  { code: '01-03', provinceCode: '01', nameFa: 'بندر انزلی', nameEn: 'Bandar Anzali' },
  { code: '01-04', provinceCode: '01', nameFa: 'تالش', nameEn: 'Talesh' },
  { code: '01-05', provinceCode: '01', nameFa: 'رشت', nameEn: 'Rasht' },
  { code: '01-06', provinceCode: '01', nameFa: 'رودبار', nameEn: 'Rudbar' },
  { code: '01-07', provinceCode: '01', nameFa: 'رودسر', nameEn: 'Rudsar' },
  { code: '01-08', provinceCode: '01', nameFa: 'صومعه‌سرا', nameEn: "Sowme'eh Sara" },
  { code: '01-09', provinceCode: '01', nameFa: 'فومن', nameEn: 'Fuman' },
  { code: '01-10', provinceCode: '01', nameFa: 'لنگرود', nameEn: 'Langarud' },
  { code: '01-11', provinceCode: '01', nameFa: 'لاهیجان', nameEn: 'Lahijan' },
  { code: '01-12', provinceCode: '01', nameFa: 'شفت', nameEn: 'Shaft' },
  { code: '01-13', provinceCode: '01', nameFa: 'املش', nameEn: 'Amlash' },
  { code: '01-14', provinceCode: '01', nameFa: 'رضوانشهر', nameEn: 'Rezvanshahr' },
  { code: '01-15', provinceCode: '01', nameFa: 'سیاهکل', nameEn: 'Siahkal' },
  { code: '01-16', provinceCode: '01', nameFa: 'ماسال', nameEn: 'Masal' },
  // 02 Mazandaran
  { code: '02-01', provinceCode: '02', nameFa: 'آمل', nameEn: 'Amol' },
  { code: '02-02', provinceCode: '02', nameFa: 'بابل', nameEn: 'Babol' },
  { code: '02-04', provinceCode: '02', nameFa: 'بهشهر', nameEn: 'Behshahr' },
  { code: '02-05', provinceCode: '02', nameFa: 'تنکابن', nameEn: 'Tonekabon' },
  { code: '02-06', provinceCode: '02', nameFa: 'رامسر', nameEn: 'Ramsar' },
  { code: '02-07', provinceCode: '02', nameFa: 'ساری', nameEn: 'Sari' },
  { code: '02-08', provinceCode: '02', nameFa: 'سوادکوه', nameEn: 'Savadkuh' },
  { code: '02-10', provinceCode: '02', nameFa: 'قائم‌شهر', nameEn: 'Qaem Shahr' },
  { code: '02-14', provinceCode: '02', nameFa: 'نور', nameEn: 'Nur' },
  { code: '02-15', provinceCode: '02', nameFa: 'نوشهر', nameEn: 'Nowshahr' },
  { code: '02-16', provinceCode: '02', nameFa: 'بابلسر', nameEn: 'Babolsar' },
  { code: '02-18', provinceCode: '02', nameFa: 'محمودآباد', nameEn: 'Mahmudabad' },
  { code: '02-19', provinceCode: '02', nameFa: 'نکا', nameEn: 'Neka' },
  { code: '02-20', provinceCode: '02', nameFa: 'چالوس', nameEn: 'Chalus' },
  { code: '02-21', provinceCode: '02', nameFa: 'جویبار', nameEn: 'Juybar' },
  { code: '02-22', provinceCode: '02', nameFa: 'گلوگاه', nameEn: 'Galugah' },
  { code: '02-23', provinceCode: '02', nameFa: 'فریدونکنار', nameEn: 'Fereydunkenar' },
  { code: '02-24', provinceCode: '02', nameFa: 'عباس‌آباد', nameEn: 'Abbasabad' },
  { code: '02-25', provinceCode: '02', nameFa: 'میاندورود', nameEn: 'Miandorud' },
  { code: '02-26', provinceCode: '02', nameFa: 'سیمرغ', nameEn: 'Simorgh' },
  { code: '02-27', provinceCode: '02', nameFa: 'سوادکوه شمالی', nameEn: 'North Savadkuh' },
  { code: '02-28', provinceCode: '02', nameFa: 'کلاردشت', nameEn: 'Kelardasht' },
  // 03 East Azerbaijan
  { code: '03-03', provinceCode: '03', nameFa: 'تبریز', nameEn: 'Tabriz' },
  // 04 West Azerbaijan
  { code: '04-01', provinceCode: '04', nameFa: 'ارومیه', nameEn: 'Urmia' },
  // 05 Kermanshah
  { code: '05-02', provinceCode: '05', nameFa: 'کرمانشاه', nameEn: 'Kermanshah' },
  // 06 Khuzestan
  { code: '06-03', provinceCode: '06', nameFa: 'اهواز', nameEn: 'Ahvaz' },
  // 07 Fars
  { code: '07-07', provinceCode: '07', nameFa: 'شیراز', nameEn: 'Shiraz' },
  // 08 Kerman
  { code: '08-08', provinceCode: '08', nameFa: 'کرمان', nameEn: 'Kerman' },
  // 09 Razavi Khorasan
  { code: '09-16', provinceCode: '09', nameFa: 'مشهد', nameEn: 'Mashhad' },
  // 10 Isfahan
  { code: '10-02', provinceCode: '10', nameFa: 'اصفهان', nameEn: 'Isfahan' },
  // 11 Sistan and Baluchestan
  { code: '11-05', provinceCode: '11', nameFa: 'زاهدان', nameEn: 'Zahedan' },
  // 12 Kurdistan
  { code: '12-04', provinceCode: '12', nameFa: 'سنندج', nameEn: 'Sanandaj' },
  // 13 Hamadan
  { code: '13-04', provinceCode: '13', nameFa: 'همدان', nameEn: 'Hamadan' },
  // 14 Chaharmahal and Bakhtiari
  { code: '14-02', provinceCode: '14', nameFa: 'شهرکرد', nameEn: 'Shahrekord' },
  // 15 Lorestan
  { code: '15-03', provinceCode: '15', nameFa: 'خرم‌آباد', nameEn: 'Khorramabad' },
  // 16 Ilam
  { code: '16-01', provinceCode: '16', nameFa: 'ایلام', nameEn: 'Ilam' },
  // 17 Kohgiluyeh and Boyer-Ahmad
  { code: '17-01', provinceCode: '17', nameFa: 'بویراحمد', nameEn: 'Boyer-Ahmad' },
  // 18 Bushehr
  { code: '18-01', provinceCode: '18', nameFa: 'بوشهر', nameEn: 'Bushehr' },
  // 19 Zanjan
  { code: '19-04', provinceCode: '19', nameFa: 'زنجان', nameEn: 'Zanjan' },
  // 20 Semnan (all eight counties)
  { code: '20-01', provinceCode: '20', nameFa: 'دامغان', nameEn: 'Damghan' },
  { code: '20-02', provinceCode: '20', nameFa: 'سمنان', nameEn: 'Semnan' },
  { code: '20-03', provinceCode: '20', nameFa: 'شاهرود', nameEn: 'Shahroud' },
  { code: '20-04', provinceCode: '20', nameFa: 'گرمسار', nameEn: 'Garmsar' },
  { code: '20-05', provinceCode: '20', nameFa: 'مهدیشهر', nameEn: 'Mahdishahr' },
  { code: '20-06', provinceCode: '20', nameFa: 'آرادان', nameEn: 'Aradan' },
  { code: '20-07', provinceCode: '20', nameFa: 'میامی', nameEn: 'Meyami' },
  { code: '20-08', provinceCode: '20', nameFa: 'سرخه', nameEn: 'Sorkheh' },
  // 21 Yazd
  { code: '21-05', provinceCode: '21', nameFa: 'یزد', nameEn: 'Yazd' },
  // 22 Hormozgan
  { code: '22-02', provinceCode: '22', nameFa: 'بندرعباس', nameEn: 'Bandar Abbas' },
  // 23 Tehran
  { code: '23-01', provinceCode: '23', nameFa: 'تهران', nameEn: 'Tehran' },
  { code: '23-02', provinceCode: '23', nameFa: 'دماوند', nameEn: 'Damavand' },
  { code: '23-03', provinceCode: '23', nameFa: 'ری', nameEn: 'Rey' },
  { code: '23-04', provinceCode: '23', nameFa: 'شمیرانات', nameEn: 'Shemiranat' },
  { code: '23-06', provinceCode: '23', nameFa: 'ورامین', nameEn: 'Varamin' },
  { code: '23-09', provinceCode: '23', nameFa: 'شهریار', nameEn: 'Shahriar' },
  { code: '23-10', provinceCode: '23', nameFa: 'اسلامشهر', nameEn: 'Eslamshahr' },
  { code: '23-12', provinceCode: '23', nameFa: 'رباط‌کریم', nameEn: 'Robat Karim' },
  { code: '23-13', provinceCode: '23', nameFa: 'پاکدشت', nameEn: 'Pakdasht' },
  { code: '23-14', provinceCode: '23', nameFa: 'فیروزکوه', nameEn: 'Firuzkuh' },
  { code: '23-16', provinceCode: '23', nameFa: 'قدس', nameEn: 'Qods' },
  { code: '23-17', provinceCode: '23', nameFa: 'ملارد', nameEn: 'Malard' },
  { code: '23-18', provinceCode: '23', nameFa: 'پیشوا', nameEn: 'Pishva' },
  { code: '23-19', provinceCode: '23', nameFa: 'بهارستان', nameEn: 'Baharestan' },
  { code: '23-20', provinceCode: '23', nameFa: 'پردیس', nameEn: 'Pardis' },
  { code: '23-21', provinceCode: '23', nameFa: 'قرچک', nameEn: 'Qarchak' },
  // 24 Ardabil
  { code: '24-01', provinceCode: '24', nameFa: 'اردبیل', nameEn: 'Ardabil' },
  // 25 Qom
  { code: '25-01', provinceCode: '25', nameFa: 'قم', nameEn: 'Qom' },
  // 26 Qazvin
  { code: '26-03', provinceCode: '26', nameFa: 'قزوین', nameEn: 'Qazvin' },
  // 27 Golestan
  { code: '27-05', provinceCode: '27', nameFa: 'گرگان', nameEn: 'Gorgan' },
  // 28 North Khorasan
  { code: '28-02', provinceCode: '28', nameFa: 'بجنورد', nameEn: 'Bojnurd' },
  // 29 South Khorasan
  { code: '29-01', provinceCode: '29', nameFa: 'بیرجند', nameEn: 'Birjand' },
  // 30 Alborz (all six counties)
  { code: '30-01', provinceCode: '30', nameFa: 'کرج', nameEn: 'Karaj' },
  { code: '30-02', provinceCode: '30', nameFa: 'ساوجبلاغ', nameEn: 'Savojbolagh' },
  { code: '30-03', provinceCode: '30', nameFa: 'نظرآباد', nameEn: 'Nazarabad' },
  { code: '30-04', provinceCode: '30', nameFa: 'طالقان', nameEn: 'Taleqan' },
  { code: '30-05', provinceCode: '30', nameFa: 'اشتهارد', nameEn: 'Eshtehard' },
  { code: '30-06', provinceCode: '30', nameFa: 'فردیس', nameEn: 'Fardis' },
];

/** Cities with the approximate coordinates of their centre (WGS 84, degrees). */
export const cities: readonly CitySeed[] = [
  // 00 Markazi
  { code: '00-01-01', countyCode: '00-01', nameFa: 'اراک', nameEn: 'Arak', latitude: 34.0917, longitude: 49.6892 },
  // 01 Gilan
  { code: '01-01-01', countyCode: '01-01', nameFa: 'آستارا', nameEn: 'Astara', latitude: 38.4290, longitude: 48.8720 },
  { code: '01-02-01', countyCode: '01-02', nameFa: 'آستانه اشرفیه', nameEn: 'Astaneh-ye Ashrafiyeh', latitude: 37.2600, longitude: 49.9440 },
  { code: '01-03-01', countyCode: '01-03', nameFa: 'بندر انزلی', nameEn: 'Bandar Anzali', latitude: 37.4727, longitude: 49.4622 },
  { code: '01-04-01', countyCode: '01-04', nameFa: 'هشتپر', nameEn: 'Hashtpar', latitude: 37.7975, longitude: 48.9042 },
  { code: '01-05-01', countyCode: '01-05', nameFa: 'رشت', nameEn: 'Rasht', latitude: 37.2808, longitude: 49.5832 },
  { code: '01-05-02', countyCode: '01-05', nameFa: 'خشکبیجار', nameEn: 'Khoshkebijar', latitude: 37.3742, longitude: 49.7582 },
  { code: '01-05-03', countyCode: '01-05', nameFa: 'کوچصفهان', nameEn: 'Kuchesfahan', latitude: 37.2787, longitude: 49.7721 },
  { code: '01-05-04', countyCode: '01-05', nameFa: 'سنگر', nameEn: 'Sangar', latitude: 37.1798, longitude: 49.6948 },
  { code: '01-05-05', countyCode: '01-05', nameFa: 'لشت نشا', nameEn: 'Lasht-e Nesha', latitude: 37.3602, longitude: 49.8623 },
  { code: '01-06-01', countyCode: '01-06', nameFa: 'رودبار', nameEn: 'Rudbar', latitude: 36.8230, longitude: 49.4240 },
  { code: '01-06-02', countyCode: '01-06', nameFa: 'منجیل', nameEn: 'Manjil', latitude: 36.7448, longitude: 49.4000 },
  { code: '01-07-01', countyCode: '01-07', nameFa: 'رودسر', nameEn: 'Rudsar', latitude: 37.1370, longitude: 50.2880 },
  { code: '01-08-01', countyCode: '01-08', nameFa: 'صومعه‌سرا', nameEn: "Sowme'eh Sara", latitude: 37.3017, longitude: 49.3147 },
  { code: '01-09-01', countyCode: '01-09', nameFa: 'فومن', nameEn: 'Fuman', latitude: 37.2273, longitude: 49.3142 },
  { code: '01-10-01', countyCode: '01-10', nameFa: 'لنگرود', nameEn: 'Langarud', latitude: 37.1956, longitude: 50.1530 },
  { code: '01-11-01', countyCode: '01-11', nameFa: 'لاهیجان', nameEn: 'Lahijan', latitude: 37.2072, longitude: 50.0039 },
  { code: '01-12-01', countyCode: '01-12', nameFa: 'شفت', nameEn: 'Shaft', latitude: 37.1704, longitude: 49.4028 },
  { code: '01-13-01', countyCode: '01-13', nameFa: 'املش', nameEn: 'Amlash', latitude: 37.0962, longitude: 50.1844 },
  { code: '01-14-01', countyCode: '01-14', nameFa: 'رضوانشهر', nameEn: 'Rezvanshahr', latitude: 37.5500, longitude: 49.1400 },
  { code: '01-15-01', countyCode: '01-15', nameFa: 'سیاهکل', nameEn: 'Siahkal', latitude: 37.1522, longitude: 49.8716 },
  { code: '01-16-01', countyCode: '01-16', nameFa: 'ماسال', nameEn: 'Masal', latitude: 37.3641, longitude: 49.1329 },
  // 02 Mazandaran
  { code: '02-01-01', countyCode: '02-01', nameFa: 'آمل', nameEn: 'Amol', latitude: 36.4696, longitude: 52.3507 },
  { code: '02-02-01', countyCode: '02-02', nameFa: 'بابل', nameEn: 'Babol', latitude: 36.5386, longitude: 52.6786 },
  { code: '02-02-02', countyCode: '02-02', nameFa: 'امیرکلا', nameEn: 'Amirkola', latitude: 36.5940, longitude: 52.6590 },
  { code: '02-04-01', countyCode: '02-04', nameFa: 'بهشهر', nameEn: 'Behshahr', latitude: 36.6923, longitude: 53.5526 },
  { code: '02-05-01', countyCode: '02-05', nameFa: 'تنکابن', nameEn: 'Tonekabon', latitude: 36.8164, longitude: 50.8737 },
  { code: '02-05-02', countyCode: '02-05', nameFa: 'شیرود', nameEn: 'Shirud', latitude: 36.8496, longitude: 50.7910 },
  { code: '02-06-01', countyCode: '02-06', nameFa: 'رامسر', nameEn: 'Ramsar', latitude: 36.9031, longitude: 50.6583 },
  { code: '02-07-01', countyCode: '02-07', nameFa: 'ساری', nameEn: 'Sari', latitude: 36.5633, longitude: 53.0601 },
  { code: '02-07-02', countyCode: '02-07', nameFa: 'کیاسر', nameEn: 'Kiasar', latitude: 36.2366, longitude: 53.5413 },
  { code: '02-08-01', countyCode: '02-08', nameFa: 'پل سفید', nameEn: 'Pol Sefid', latitude: 36.1170, longitude: 53.0575 },
  { code: '02-08-02', countyCode: '02-08', nameFa: 'زیرآب', nameEn: 'Zirab', latitude: 36.1798, longitude: 52.9723 },
  { code: '02-10-01', countyCode: '02-10', nameFa: 'قائم‌شهر', nameEn: 'Qaem Shahr', latitude: 36.4631, longitude: 52.8600 },
  { code: '02-14-01', countyCode: '02-14', nameFa: 'نور', nameEn: 'Nur', latitude: 36.5728, longitude: 52.0074 },
  { code: '02-15-01', countyCode: '02-15', nameFa: 'نوشهر', nameEn: 'Nowshahr', latitude: 36.6490, longitude: 51.4960 },
  { code: '02-16-01', countyCode: '02-16', nameFa: 'بابلسر', nameEn: 'Babolsar', latitude: 36.7025, longitude: 52.6576 },
  { code: '02-16-02', countyCode: '02-16', nameFa: 'بهنمیر', nameEn: 'Bahnamir', latitude: 36.6673, longitude: 52.7620 },
  { code: '02-18-01', countyCode: '02-18', nameFa: 'محمودآباد', nameEn: 'Mahmudabad', latitude: 36.6320, longitude: 52.2630 },
  { code: '02-19-01', countyCode: '02-19', nameFa: 'نکا', nameEn: 'Neka', latitude: 36.6508, longitude: 53.2990 },
  { code: '02-20-01', countyCode: '02-20', nameFa: 'چالوس', nameEn: 'Chalus', latitude: 36.6550, longitude: 51.4204 },
  { code: '02-20-02', countyCode: '02-20', nameFa: 'مرزن‌آباد', nameEn: 'Marzanabad', latitude: 36.4540, longitude: 51.3006 },
  { code: '02-21-01', countyCode: '02-21', nameFa: 'جویبار', nameEn: 'Juybar', latitude: 36.6412, longitude: 52.9125 },
  { code: '02-22-01', countyCode: '02-22', nameFa: 'گلوگاه', nameEn: 'Galugah', latitude: 36.7284, longitude: 53.8089 },
  { code: '02-23-01', countyCode: '02-23', nameFa: 'فریدونکنار', nameEn: 'Fereydunkenar', latitude: 36.6864, longitude: 52.5225 },
  { code: '02-24-01', countyCode: '02-24', nameFa: 'عباس‌آباد', nameEn: 'Abbasabad', latitude: 36.7273, longitude: 51.1072 },
  { code: '02-25-01', countyCode: '02-25', nameFa: 'سورک', nameEn: 'Surak', latitude: 36.5961, longitude: 53.2108 },
  { code: '02-26-01', countyCode: '02-26', nameFa: 'کیاکلا', nameEn: 'Kiakola', latitude: 36.5805, longitude: 52.8097 },
  { code: '02-27-01', countyCode: '02-27', nameFa: 'شیرگاه', nameEn: 'Shirgah', latitude: 36.3004, longitude: 52.8816 },
  { code: '02-28-01', countyCode: '02-28', nameFa: 'کلاردشت', nameEn: 'Kelardasht', latitude: 36.5056, longitude: 51.1588 },
  // 03 East Azerbaijan
  { code: '03-03-01', countyCode: '03-03', nameFa: 'تبریز', nameEn: 'Tabriz', latitude: 38.0800, longitude: 46.2919 },
  // 04 West Azerbaijan
  { code: '04-01-01', countyCode: '04-01', nameFa: 'ارومیه', nameEn: 'Urmia', latitude: 37.5527, longitude: 45.0761 },
  // 05 Kermanshah
  { code: '05-02-01', countyCode: '05-02', nameFa: 'کرمانشاه', nameEn: 'Kermanshah', latitude: 34.3142, longitude: 47.0650 },
  // 06 Khuzestan
  { code: '06-03-01', countyCode: '06-03', nameFa: 'اهواز', nameEn: 'Ahvaz', latitude: 31.3183, longitude: 48.6706 },
  // 07 Fars
  { code: '07-07-01', countyCode: '07-07', nameFa: 'شیراز', nameEn: 'Shiraz', latitude: 29.5918, longitude: 52.5837 },
  // 08 Kerman
  { code: '08-08-01', countyCode: '08-08', nameFa: 'کرمان', nameEn: 'Kerman', latitude: 30.2839, longitude: 57.0834 },
  // 09 Razavi Khorasan
  { code: '09-16-01', countyCode: '09-16', nameFa: 'مشهد', nameEn: 'Mashhad', latitude: 36.2605, longitude: 59.6168 },
  // 10 Isfahan
  { code: '10-02-01', countyCode: '10-02', nameFa: 'اصفهان', nameEn: 'Isfahan', latitude: 32.6546, longitude: 51.6680 },
  // 11 Sistan and Baluchestan
  { code: '11-05-01', countyCode: '11-05', nameFa: 'زاهدان', nameEn: 'Zahedan', latitude: 29.4963, longitude: 60.8629 },
  // 12 Kurdistan
  { code: '12-04-01', countyCode: '12-04', nameFa: 'سنندج', nameEn: 'Sanandaj', latitude: 35.3219, longitude: 46.9862 },
  // 13 Hamadan
  { code: '13-04-01', countyCode: '13-04', nameFa: 'همدان', nameEn: 'Hamadan', latitude: 34.7992, longitude: 48.5146 },
  // 14 Chaharmahal and Bakhtiari
  { code: '14-02-01', countyCode: '14-02', nameFa: 'شهرکرد', nameEn: 'Shahrekord', latitude: 32.3256, longitude: 50.8644 },
  // 15 Lorestan
  { code: '15-03-01', countyCode: '15-03', nameFa: 'خرم‌آباد', nameEn: 'Khorramabad', latitude: 33.4878, longitude: 48.3558 },
  // 16 Ilam
  { code: '16-01-01', countyCode: '16-01', nameFa: 'ایلام', nameEn: 'Ilam', latitude: 33.6374, longitude: 46.4227 },
  // 17 Kohgiluyeh and Boyer-Ahmad
  { code: '17-01-01', countyCode: '17-01', nameFa: 'یاسوج', nameEn: 'Yasuj', latitude: 30.6682, longitude: 51.5880 },
  // 18 Bushehr
  { code: '18-01-01', countyCode: '18-01', nameFa: 'بوشهر', nameEn: 'Bushehr', latitude: 28.9234, longitude: 50.8203 },
  // 19 Zanjan
  { code: '19-04-01', countyCode: '19-04', nameFa: 'زنجان', nameEn: 'Zanjan', latitude: 36.6765, longitude: 48.4963 },
  // 20 Semnan
  { code: '20-01-01', countyCode: '20-01', nameFa: 'دامغان', nameEn: 'Damghan', latitude: 36.1679, longitude: 54.3429 },
  { code: '20-01-02', countyCode: '20-01', nameFa: 'امیریه', nameEn: 'Amiriyeh', latitude: 36.0268, longitude: 54.1406 },
  { code: '20-01-03', countyCode: '20-01', nameFa: 'دیباج', nameEn: 'Dibaj', latitude: 36.4283, longitude: 54.2295 },
  { code: '20-02-01', countyCode: '20-02', nameFa: 'سمنان', nameEn: 'Semnan', latitude: 35.5729, longitude: 53.3971 },
  { code: '20-03-01', countyCode: '20-03', nameFa: 'شاهرود', nameEn: 'Shahroud', latitude: 36.4182, longitude: 54.9763 },
  { code: '20-03-02', countyCode: '20-03', nameFa: 'بسطام', nameEn: 'Bastam', latitude: 36.4850, longitude: 55.0000 },
  { code: '20-03-03', countyCode: '20-03', nameFa: 'مجن', nameEn: 'Mojen', latitude: 36.4797, longitude: 54.6484 },
  { code: '20-03-04', countyCode: '20-03', nameFa: 'بیارجمند', nameEn: 'Beyarjomand', latitude: 36.0790, longitude: 55.8099 },
  { code: '20-03-05', countyCode: '20-03', nameFa: 'کلاته خیج', nameEn: 'Kalateh Khij', latitude: 36.6737, longitude: 55.2969 },
  { code: '20-04-01', countyCode: '20-04', nameFa: 'گرمسار', nameEn: 'Garmsar', latitude: 35.2182, longitude: 52.3409 },
  { code: '20-04-02', countyCode: '20-04', nameFa: 'ایوانکی', nameEn: 'Eyvanki', latitude: 35.3433, longitude: 52.0700 },
  { code: '20-05-01', countyCode: '20-05', nameFa: 'مهدیشهر', nameEn: 'Mahdishahr', latitude: 35.7108, longitude: 53.3556 },
  { code: '20-05-02', countyCode: '20-05', nameFa: 'شهمیرزاد', nameEn: 'Shahmirzad', latitude: 35.7735, longitude: 53.3280 },
  { code: '20-05-03', countyCode: '20-05', nameFa: 'درجزین', nameEn: 'Darjazin', latitude: 35.6490, longitude: 53.3370 },
  { code: '20-06-01', countyCode: '20-06', nameFa: 'آرادان', nameEn: 'Aradan', latitude: 35.2490, longitude: 52.4939 },
  { code: '20-07-01', countyCode: '20-07', nameFa: 'میامی', nameEn: 'Meyami', latitude: 36.4108, longitude: 55.6500 },
  { code: '20-08-01', countyCode: '20-08', nameFa: 'سرخه', nameEn: 'Sorkheh', latitude: 35.4633, longitude: 53.2136 },
  // 21 Yazd
  { code: '21-05-01', countyCode: '21-05', nameFa: 'یزد', nameEn: 'Yazd', latitude: 31.8974, longitude: 54.3569 },
  // 22 Hormozgan
  { code: '22-02-01', countyCode: '22-02', nameFa: 'بندرعباس', nameEn: 'Bandar Abbas', latitude: 27.1832, longitude: 56.2666 },
  // 23 Tehran
  { code: '23-01-01', countyCode: '23-01', nameFa: 'تهران', nameEn: 'Tehran', latitude: 35.6892, longitude: 51.3890 },
  { code: '23-02-01', countyCode: '23-02', nameFa: 'دماوند', nameEn: 'Damavand', latitude: 35.7178, longitude: 52.0650 },
  { code: '23-02-02', countyCode: '23-02', nameFa: 'رودهن', nameEn: 'Rudehen', latitude: 35.7350, longitude: 51.9064 },
  { code: '23-03-01', countyCode: '23-03', nameFa: 'ری', nameEn: 'Rey', latitude: 35.5950, longitude: 51.4350 },
  { code: '23-03-02', countyCode: '23-03', nameFa: 'کهریزک', nameEn: 'Kahrizak', latitude: 35.5173, longitude: 51.3619 },
  { code: '23-04-01', countyCode: '23-04', nameFa: 'تجریش', nameEn: 'Tajrish', latitude: 35.8050, longitude: 51.4330 },
  { code: '23-06-01', countyCode: '23-06', nameFa: 'ورامین', nameEn: 'Varamin', latitude: 35.3242, longitude: 51.6457 },
  { code: '23-09-01', countyCode: '23-09', nameFa: 'شهریار', nameEn: 'Shahriar', latitude: 35.6580, longitude: 51.0590 },
  { code: '23-10-01', countyCode: '23-10', nameFa: 'اسلامشهر', nameEn: 'Eslamshahr', latitude: 35.5479, longitude: 51.2319 },
  { code: '23-12-01', countyCode: '23-12', nameFa: 'رباط‌کریم', nameEn: 'Robat Karim', latitude: 35.4846, longitude: 51.0829 },
  { code: '23-12-02', countyCode: '23-12', nameFa: 'پرند', nameEn: 'Parand', latitude: 35.4833, longitude: 50.9500 },
  { code: '23-13-01', countyCode: '23-13', nameFa: 'پاکدشت', nameEn: 'Pakdasht', latitude: 35.4785, longitude: 51.6825 },
  { code: '23-14-01', countyCode: '23-14', nameFa: 'فیروزکوه', nameEn: 'Firuzkuh', latitude: 35.7570, longitude: 52.7760 },
  { code: '23-16-01', countyCode: '23-16', nameFa: 'قدس', nameEn: 'Qods', latitude: 35.7214, longitude: 51.1090 },
  { code: '23-17-01', countyCode: '23-17', nameFa: 'ملارد', nameEn: 'Malard', latitude: 35.6658, longitude: 50.9767 },
  { code: '23-17-02', countyCode: '23-17', nameFa: 'صفادشت', nameEn: 'Safadasht', latitude: 35.6924, longitude: 50.8483 },
  { code: '23-18-01', countyCode: '23-18', nameFa: 'پیشوا', nameEn: 'Pishva', latitude: 35.3080, longitude: 51.7270 },
  { code: '23-19-01', countyCode: '23-19', nameFa: 'نسیم‌شهر', nameEn: 'Nasimshahr', latitude: 35.5683, longitude: 51.1592 },
  { code: '23-19-02', countyCode: '23-19', nameFa: 'صالحیه', nameEn: 'Salehieh', latitude: 35.5053, longitude: 51.1916 },
  { code: '23-19-03', countyCode: '23-19', nameFa: 'گلستان', nameEn: 'Golestan', latitude: 35.5180, longitude: 51.1640 },
  { code: '23-20-01', countyCode: '23-20', nameFa: 'پردیس', nameEn: 'Pardis', latitude: 35.7400, longitude: 51.7980 },
  { code: '23-20-02', countyCode: '23-20', nameFa: 'بومهن', nameEn: 'Bumehen', latitude: 35.7300, longitude: 51.8650 },
  { code: '23-21-01', countyCode: '23-21', nameFa: 'قرچک', nameEn: 'Qarchak', latitude: 35.4290, longitude: 51.5710 },
  // 24 Ardabil
  { code: '24-01-01', countyCode: '24-01', nameFa: 'اردبیل', nameEn: 'Ardabil', latitude: 38.2498, longitude: 48.2933 },
  // 25 Qom
  { code: '25-01-01', countyCode: '25-01', nameFa: 'قم', nameEn: 'Qom', latitude: 34.6416, longitude: 50.8746 },
  { code: '25-01-02', countyCode: '25-01', nameFa: 'قنوات', nameEn: 'Qanavat', latitude: 34.6137, longitude: 51.0246 },
  { code: '25-01-03', countyCode: '25-01', nameFa: 'کهک', nameEn: 'Kahak', latitude: 34.3930, longitude: 50.8648 },
  { code: '25-01-04', countyCode: '25-01', nameFa: 'جعفریه', nameEn: 'Jafariyeh', latitude: 34.7748, longitude: 50.5164 },
  { code: '25-01-05', countyCode: '25-01', nameFa: 'دستجرد', nameEn: 'Dastjerd', latitude: 34.5504, longitude: 50.2473 },
  { code: '25-01-06', countyCode: '25-01', nameFa: 'سلفچگان', nameEn: 'Salafchegan', latitude: 34.4784, longitude: 50.4577 },
  // 26 Qazvin
  { code: '26-03-01', countyCode: '26-03', nameFa: 'قزوین', nameEn: 'Qazvin', latitude: 36.2688, longitude: 50.0041 },
  // 27 Golestan
  { code: '27-05-01', countyCode: '27-05', nameFa: 'گرگان', nameEn: 'Gorgan', latitude: 36.8427, longitude: 54.4439 },
  // 28 North Khorasan
  { code: '28-02-01', countyCode: '28-02', nameFa: 'بجنورد', nameEn: 'Bojnurd', latitude: 37.4747, longitude: 57.3290 },
  // 29 South Khorasan
  { code: '29-01-01', countyCode: '29-01', nameFa: 'بیرجند', nameEn: 'Birjand', latitude: 32.8663, longitude: 59.2211 },
  // 30 Alborz
  { code: '30-01-01', countyCode: '30-01', nameFa: 'کرج', nameEn: 'Karaj', latitude: 35.8355, longitude: 50.9915 },
  { code: '30-01-02', countyCode: '30-01', nameFa: 'کمال‌شهر', nameEn: 'Kamalshahr', latitude: 35.8625, longitude: 50.8805 },
  { code: '30-01-03', countyCode: '30-01', nameFa: 'محمدشهر', nameEn: 'Mohammadshahr', latitude: 35.7527, longitude: 50.9040 },
  { code: '30-01-04', countyCode: '30-01', nameFa: 'ماهدشت', nameEn: 'Mahdasht', latitude: 35.7298, longitude: 50.8110 },
  { code: '30-01-05', countyCode: '30-01', nameFa: 'گرمدره', nameEn: 'Garmdareh', latitude: 35.7510, longitude: 51.0660 },
  { code: '30-01-06', countyCode: '30-01', nameFa: 'آسارا', nameEn: 'Asara', latitude: 36.0369, longitude: 51.1955 },
  { code: '30-02-01', countyCode: '30-02', nameFa: 'هشتگرد', nameEn: 'Hashtgerd', latitude: 35.9642, longitude: 50.6858 },
  { code: '30-02-02', countyCode: '30-02', nameFa: 'شهر جدید هشتگرد', nameEn: 'Hashtgerd New Town', latitude: 35.9953, longitude: 50.7268 },
  { code: '30-02-03', countyCode: '30-02', nameFa: 'گلسار', nameEn: 'Golsar', latitude: 35.9145, longitude: 50.7723 },
  { code: '30-02-04', countyCode: '30-02', nameFa: 'کوهسار', nameEn: 'Kuhsar', latitude: 35.9627, longitude: 50.7921 },
  { code: '30-02-05', countyCode: '30-02', nameFa: 'چهارباغ', nameEn: 'Chaharbagh', latitude: 35.8269, longitude: 50.7688 },
  { code: '30-03-01', countyCode: '30-03', nameFa: 'نظرآباد', nameEn: 'Nazarabad', latitude: 35.9559, longitude: 50.6097 },
  { code: '30-03-02', countyCode: '30-03', nameFa: 'تنکمان', nameEn: 'Tankaman', latitude: 35.8907, longitude: 50.6156 },
  { code: '30-04-01', countyCode: '30-04', nameFa: 'طالقان', nameEn: 'Taleqan', latitude: 36.1779, longitude: 50.7655 },
  { code: '30-05-01', countyCode: '30-05', nameFa: 'اشتهارد', nameEn: 'Eshtehard', latitude: 35.7234, longitude: 50.3671 },
  { code: '30-05-02', countyCode: '30-05', nameFa: 'پلنگ‌آباد', nameEn: 'Palangabad', latitude: 35.7344, longitude: 50.6227 },
  { code: '30-06-01', countyCode: '30-06', nameFa: 'فردیس', nameEn: 'Fardis', latitude: 35.7290, longitude: 50.9830 },
  { code: '30-06-02', countyCode: '30-06', nameFa: 'مشکین‌دشت', nameEn: 'Meshkin Dasht', latitude: 35.7510, longitude: 50.9421 },
];

/**
 * Agencies. The four founding agencies each run a "house" (خانه) in the
 * neighbourhoods they steward; the partners named in the source documents have
 * no house of their own.
 */
export const agencies: readonly AgencySeed[] = [
  // The four founding agencies and their houses.
  {
    code: 'relief-committee',
    nameFa: 'کمیته امداد امام خمینی (ره)',
    nameEn: 'Imam Khomeini Relief Committee',
    kind: 'founding',
    houseNameFa: 'خانه امداد',
    houseNameEn: 'Emdad House',
  },
  {
    code: 'setad',
    nameFa: 'ستاد اجرایی فرمان حضرت امام (ره)',
    nameEn: "Execution of Imam Khomeini's Order (Setad)",
    kind: 'founding',
    houseNameFa: 'خانه احسان',
    houseNameEn: 'Ehsan House',
  },
  {
    code: 'red-crescent',
    nameFa: 'جمعیت هلال‌احمر',
    nameEn: 'Red Crescent Society',
    kind: 'founding',
    houseNameFa: 'خانه هلال',
    houseNameEn: 'Helal House',
  },
  {
    code: 'welfare',
    nameFa: 'سازمان بهزیستی کشور',
    nameEn: 'State Welfare Organisation (Behzisti)',
    kind: 'founding',
    houseNameFa: 'خانه بهزیستی',
    houseNameEn: 'Behzisti House',
  },
  // Government: the headquarters sits with the Ministry of Interior; each
  // province's secretariat sits with its governorate.
  { code: 'ministry-of-interior', nameFa: 'وزارت کشور', nameEn: 'Ministry of Interior', kind: 'ministry', houseNameFa: null, houseNameEn: null },
  { code: 'social-affairs', nameFa: 'سازمان امور اجتماعی کشور', nameEn: 'National Social Affairs Organisation (Ministry of Interior)', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  { code: 'governorate', nameFa: 'استانداری', nameEn: 'Provincial Governorate', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  { code: 'ministry-of-health', nameFa: 'وزارت بهداشت، درمان و آموزش پزشکی', nameEn: 'Ministry of Health and Medical Education', kind: 'ministry', houseNameFa: null, houseNameEn: null },
  { code: 'ministry-of-education', nameFa: 'وزارت آموزش و پرورش', nameEn: 'Ministry of Education', kind: 'ministry', houseNameFa: null, houseNameEn: null },
  { code: 'ministry-of-labour', nameFa: 'وزارت تعاون، کار و رفاه اجتماعی', nameEn: 'Ministry of Cooperatives, Labour and Social Welfare', kind: 'ministry', houseNameFa: null, houseNameEn: null },
  { code: 'ministry-of-culture', nameFa: 'وزارت فرهنگ و ارشاد اسلامی', nameEn: 'Ministry of Culture and Islamic Guidance', kind: 'ministry', houseNameFa: null, houseNameEn: null },
  { code: 'ministry-of-roads', nameFa: 'وزارت راه و شهرسازی', nameEn: 'Ministry of Roads and Urban Development', kind: 'ministry', houseNameFa: null, houseNameEn: null },
  { code: 'tvto', nameFa: 'سازمان آموزش فنی و حرفه‌ای کشور', nameEn: 'Technical and Vocational Training Organisation', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  { code: 'plan-budget', nameFa: 'سازمان برنامه و بودجه کشور', nameEn: 'Plan and Budget Organisation', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  { code: 'statistical-centre', nameFa: 'مرکز آمار ایران', nameEn: 'Statistical Centre of Iran', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  { code: 'endowments', nameFa: 'سازمان اوقاف و امور خیریه', nameEn: 'Endowments and Charity Affairs Organisation', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  { code: 'vp-science', nameFa: 'معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست جمهوری', nameEn: 'Vice-Presidency for Science, Technology and Knowledge-Based Economy', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  { code: 'vp-women-family', nameFa: 'معاونت امور زنان و خانواده ریاست جمهوری', nameEn: 'Vice-Presidency for Women and Family Affairs', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  { code: 'judiciary', nameFa: 'قوه قضاییه', nameEn: 'Judiciary', kind: 'judiciary', houseNameFa: null, houseNameEn: null },
  { code: 'police', nameFa: 'فرماندهی انتظامی جمهوری اسلامی ایران (فراجا)', nameEn: 'Law Enforcement Command (FARAJA)', kind: 'police', houseNameFa: null, houseNameEn: null },
  // Foundations and public cultural bodies.
  { code: 'housing-foundation', nameFa: 'بنیاد مسکن انقلاب اسلامی', nameEn: 'Housing Foundation of the Islamic Revolution', kind: 'foundation', houseNameFa: null, houseNameEn: null },
  { code: 'mosque-centres', nameFa: 'کانون‌های فرهنگی هنری مساجد', nameEn: 'Mosque Cultural and Art Centres', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  { code: 'art-bureau', nameFa: 'حوزه هنری انقلاب اسلامی', nameEn: 'Art Bureau of the Islamic Revolution (Hozeh Honari)', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  { code: 'baqiyatallah-hq', nameFa: 'قرارگاه فرهنگی اجتماعی بقیه‌الله (عج)', nameEn: 'Baqiyatallah Cultural and Social Headquarters', kind: 'organisation', houseNameFa: null, houseNameEn: null },
  // Universities.
  { code: 'sharif-university', nameFa: 'دانشگاه صنعتی شریف', nameEn: 'Sharif University of Technology', kind: 'university', houseNameFa: null, houseNameEn: null },
  { code: 'universities', nameFa: 'دانشگاه‌ها و دانشگاه‌های علوم پزشکی', nameEn: 'Universities and universities of medical sciences', kind: 'university', houseNameFa: null, houseNameEn: null },
  // Charities and volunteers.
  { code: 'charities', nameFa: 'مؤسسات خیریه', nameEn: 'Charitable institutions', kind: 'charity', houseNameFa: null, houseNameEn: null },
  { code: 'benefactors', nameFa: 'خیرین و نیکوکاران', nameEn: 'Benefactors', kind: 'charity', houseNameFa: null, houseNameEn: null },
  { code: 'jihadi-groups', nameFa: 'گروه‌های جهادی', nameEn: 'Volunteer (jihadi) groups', kind: 'charity', houseNameFa: null, houseNameEn: null },
];

/**
 * The programme's two axes. Empowerment serves people over 30; transformation
 * serves everyone from a day-old baby to 30 (seed 000).
 */
export const axes: readonly AxisSeed[] = [
  // Ages in whole years: transformation runs from birth to 30 inclusive, empowerment from 31.
  { code: 'empowerment', nameFa: 'محور توانمندسازی (بالای ۳۰ سال)', nameEn: 'Empowerment (over 30)', minAge: 31, maxAge: null },
  { code: 'transformation', nameFa: 'محور تحول (۰ تا ۳۰ سال)', nameEn: 'Transformation (birth to 30)', minAge: 0, maxAge: 30 },
];

/**
 * Service packages. Empowerment has seven, in the order the programme lists
 * them; transformation's follow its announced first steps: events with
 * talent identification and screening for children under six, AI education
 * for 6–14, student startups, and jobs that lastingly change family income.
 * `sortOrder` runs across both axes.
 */
export const packages: readonly PackageSeed[] = [
  { code: 'employment', axis: 'empowerment', nameFa: 'اشتغال', nameEn: 'Employment', sortOrder: 1 },
  { code: 'health', axis: 'empowerment', nameFa: 'سلامت', nameEn: 'Health', sortOrder: 2 },
  { code: 'nutrition', axis: 'empowerment', nameFa: 'تغذیه', nameEn: 'Nutrition', sortOrder: 3 },
  { code: 'clothing', axis: 'empowerment', nameFa: 'پوشاک', nameEn: 'Clothing', sortOrder: 4 },
  { code: 'sport-recreation', axis: 'empowerment', nameFa: 'ورزش و تفریحات', nameEn: 'Sport and recreation', sortOrder: 5 },
  { code: 'culture-religion', axis: 'empowerment', nameFa: 'فرهنگ و مذهب', nameEn: 'Culture and religion', sortOrder: 6 },
  { code: 'housing', axis: 'empowerment', nameFa: 'مسکن', nameEn: 'Housing', sortOrder: 7 },
  {
    code: 'early-childhood',
    axis: 'transformation',
    nameFa: 'رویدادهای کودکان زیر شش سال، استعدادیابی و غربالگری',
    nameEn: 'Under-six events, talent identification and screening',
    sortOrder: 8,
  },
  {
    code: 'ai-education',
    axis: 'transformation',
    nameFa: 'آموزش هوش مصنوعی کودکان ۶ تا ۱۴ سال',
    nameEn: 'AI education for children aged 6 to 14',
    sortOrder: 9,
  },
  {
    code: 'student-startups',
    axis: 'transformation',
    nameFa: 'استارتاپ‌های دانش‌آموزی و دانشجویی',
    nameEn: 'School and university student startups',
    sortOrder: 10,
  },
  {
    code: 'income-transforming-jobs',
    axis: 'transformation',
    nameFa: 'اشتغال تحول‌آفرین در درآمد خانواده',
    nameEn: 'Jobs that transform family income',
    sortOrder: 11,
  },
];
