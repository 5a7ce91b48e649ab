/**
 * Places that are not states: territories, regions and cities, weighted towards the conflict
 * areas the corpus covers. Capitals of states come from states.ts and are not repeated here.
 *
 * Sources: UN OCHA place names for the occupied Palestinian territory
 * (https://www.ochaopt.org), Lebanon, Syria, Yemen, Sudan and Ukraine; GeoNames
 * (https://www.geonames.org) for spellings; general knowledge for regions.
 *
 * `country` is the ISO code of the state the place lies in, or null when the place is a
 * territory whose status is disputed or that is not part of one state (Gaza, the West Bank,
 * Crimea, regions). An event located in a place with a country is also located in that state.
 * `epithets` are phrases that stand for the place when it is the only place in the article
 * with that epithet ("the enclave" → Gaza Strip). `within` is the key of the larger place a
 * town lies in when that place is no state ("Khan Younis" → the Gaza Strip): a strike in the
 * town is also in that place when the article names it.
 */

export interface PlaceEntry {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string | null;
  readonly epithets?: readonly string[];
  readonly within?: string;
}

export const PLACES: readonly PlaceEntry[] = [
  // Israel and the occupied Palestinian territory
  {
    key: 'gaza',
    name: 'Gaza Strip',
    aliases: ['Gaza', 'the Strip'],
    country: null,
    epithets: [
      'the enclave',
      'the Palestinian enclave',
      'the coastal enclave',
      'the besieged enclave',
      'the strip',
      'the Palestinian territory',
    ],
  },
  { key: 'gazacity', name: 'Gaza City', aliases: [], country: null, within: 'gaza' },
  { key: 'westbank', name: 'West Bank', aliases: ['occupied West Bank'], country: null },
  {
    key: 'opt',
    name: 'Occupied Palestinian Territories',
    aliases: [
      'occupied Palestinian territories',
      'Occupied Palestinian Territory',
      'occupied Palestinian territory',
      'Palestinian territories',
    ],
    country: null,
  },
  { key: 'eastjerusalem', name: 'East Jerusalem', aliases: ['occupied East Jerusalem'], country: null },
  { key: 'jerusalem', name: 'Jerusalem', aliases: [], country: null },
  { key: 'rafah', name: 'Rafah', aliases: [], country: null, within: 'gaza' },
  { key: 'khanyounis', name: 'Khan Younis', aliases: ['Khan Yunis'], country: null, within: 'gaza' },
  { key: 'deiralbalah', name: 'Deir al-Balah', aliases: ['Deir el-Balah'], country: null, within: 'gaza' },
  { key: 'jabalia', name: 'Jabalia', aliases: ['Jabaliya'], country: null, within: 'gaza' },
  { key: 'nuseirat', name: 'Nuseirat', aliases: [], country: null, within: 'gaza' },
  { key: 'beithanoun', name: 'Beit Hanoun', aliases: [], country: null, within: 'gaza' },
  { key: 'beitlahia', name: 'Beit Lahia', aliases: [], country: null, within: 'gaza' },
  { key: 'jenin', name: 'Jenin', aliases: [], country: null, within: 'westbank' },
  { key: 'nablus', name: 'Nablus', aliases: [], country: null, within: 'westbank' },
  { key: 'ramallah', name: 'Ramallah', aliases: [], country: null, within: 'westbank' },
  { key: 'hebron', name: 'Hebron', aliases: [], country: null, within: 'westbank' },
  { key: 'tulkarm', name: 'Tulkarm', aliases: [], country: null, within: 'westbank' },
  { key: 'bethlehem', name: 'Bethlehem', aliases: [], country: null, within: 'westbank' },
  { key: 'telaviv', name: 'Tel Aviv', aliases: [], country: 'IL' },
  { key: 'haifa', name: 'Haifa', aliases: [], country: 'IL' },
  { key: 'eilat', name: 'Eilat', aliases: [], country: 'IL' },
  { key: 'sderot', name: 'Sderot', aliases: [], country: 'IL' },
  { key: 'negev', name: 'Negev', aliases: [], country: 'IL' },
  { key: 'golan', name: 'Golan Heights', aliases: ['Golan', 'occupied Golan Heights'], country: null },

  // Lebanon, Syria, Iraq, Iran, Yemen, the Gulf
  { key: 'tyre', name: 'Tyre', aliases: [], country: 'LB' },
  { key: 'sidon', name: 'Sidon', aliases: [], country: 'LB' },
  { key: 'bekaa', name: 'Bekaa Valley', aliases: ['Bekaa'], country: 'LB' },
  { key: 'aleppo', name: 'Aleppo', aliases: [], country: 'SY' },
  { key: 'idlib', name: 'Idlib', aliases: [], country: 'SY' },
  { key: 'homs', name: 'Homs', aliases: [], country: 'SY' },
  { key: 'mosul', name: 'Mosul', aliases: [], country: 'IQ' },
  { key: 'erbil', name: 'Erbil', aliases: [], country: 'IQ' },
  { key: 'basra', name: 'Basra', aliases: [], country: 'IQ' },
  { key: 'isfahan', name: 'Isfahan', aliases: [], country: 'IR' },
  { key: 'natanz', name: 'Natanz', aliases: [], country: 'IR' },
  { key: 'fordow', name: 'Fordow', aliases: [], country: 'IR' },
  { key: 'hodeidah', name: 'Hodeidah', aliases: ['Hudaydah'], country: 'YE' },
  { key: 'aden', name: 'Aden', aliases: [], country: 'YE' },
  { key: 'dubai', name: 'Dubai', aliases: [], country: 'AE' },
  { key: 'jeddah', name: 'Jeddah', aliases: [], country: 'SA' },
  { key: 'sharmelsheikh', name: 'Sharm el-Sheikh', aliases: ['Sharm El-Sheikh'], country: 'EG' },
  { key: 'sinai', name: 'Sinai', aliases: ['Sinai Peninsula'], country: 'EG' },
  { key: 'istanbul', name: 'Istanbul', aliases: [], country: 'TR' },

  // Ukraine and Russia
  { key: 'crimea', name: 'Crimea', aliases: [], country: null },
  { key: 'donbas', name: 'Donbas', aliases: ['Donbass'], country: null },
  { key: 'donetsk', name: 'Donetsk', aliases: [], country: 'UA' },
  { key: 'luhansk', name: 'Luhansk', aliases: [], country: 'UA' },
  { key: 'kharkiv', name: 'Kharkiv', aliases: [], country: 'UA' },
  { key: 'kherson', name: 'Kherson', aliases: [], country: 'UA' },
  { key: 'zaporizhzhia', name: 'Zaporizhzhia', aliases: [], country: 'UA' },
  { key: 'odesa', name: 'Odesa', aliases: ['Odessa'], country: 'UA' },
  { key: 'mariupol', name: 'Mariupol', aliases: [], country: 'UA' },
  { key: 'bucha', name: 'Bucha', aliases: [], country: 'UA' },
  { key: 'lviv', name: 'Lviv', aliases: [], country: 'UA' },
  { key: 'dnipro', name: 'Dnipro', aliases: [], country: 'UA' },
  { key: 'sumy', name: 'Sumy', aliases: [], country: 'UA' },
  { key: 'belgorod', name: 'Belgorod', aliases: [], country: 'RU' },
  { key: 'kursk', name: 'Kursk', aliases: [], country: 'RU' },

  // Africa and Asia
  { key: 'darfur', name: 'Darfur', aliases: [], country: 'SD' },
  { key: 'northdarfur', name: 'North Darfur', aliases: [], country: 'SD' },
  { key: 'southdarfur', name: 'South Darfur', aliases: [], country: 'SD' },
  { key: 'westdarfur', name: 'West Darfur', aliases: [], country: 'SD' },
  { key: 'omdurman', name: 'Omdurman', aliases: [], country: 'SD' },
  { key: 'portsudan', name: 'Port Sudan', aliases: [], country: 'SD' },
  { key: 'kordofan', name: 'Kordofan', aliases: [], country: 'SD' },
  { key: 'elfasher', name: 'El Fasher', aliases: ['El-Fasher', 'al-Fashir'], country: 'SD' },
  { key: 'tigray', name: 'Tigray', aliases: [], country: 'ET' },
  { key: 'goma', name: 'Goma', aliases: [], country: 'CD' },
  { key: 'bukavu', name: 'Bukavu', aliases: [], country: 'CD' },
  { key: 'northkivu', name: 'North Kivu', aliases: [], country: 'CD' },
  { key: 'southkivu', name: 'South Kivu', aliases: [], country: 'CD' },
  { key: 'ituri', name: 'Ituri', aliases: [], country: 'CD' },
  { key: 'arusha', name: 'Arusha', aliases: [], country: 'TZ' },
  { key: 'rakhine', name: 'Rakhine', aliases: ['Rakhine State'], country: 'MM' },
  { key: 'mandalay', name: 'Mandalay', aliases: [], country: 'MM' },
  { key: 'sagaing', name: 'Sagaing', aliases: [], country: 'MM' },
  { key: 'shan', name: 'Shan State', aliases: [], country: 'MM' },
  { key: 'coxsbazar', name: "Cox's Bazar", aliases: [], country: 'BD' },
  { key: 'xinjiang', name: 'Xinjiang', aliases: [], country: 'CN' },
  { key: 'hongkong', name: 'Hong Kong', aliases: [], country: 'CN' },
  { key: 'kashmir', name: 'Kashmir', aliases: [], country: null },
  { key: 'nagornokarabakh', name: 'Nagorno-Karabakh', aliases: ['Karabakh'], country: null },

  // Seats of courts and international bodies; other major cities
  { key: 'thehague', name: 'The Hague', aliases: ['Hague', 'Den Haag'], country: 'NL' },
  { key: 'geneva', name: 'Geneva', aliases: [], country: 'CH' },
  { key: 'strasbourg', name: 'Strasbourg', aliases: [], country: 'FR' },
  { key: 'newyork', name: 'New York', aliases: ['New York City'], country: 'US' },
  { key: 'nuremberg', name: 'Nuremberg', aliases: [], country: 'DE' },
  { key: 'munich', name: 'Munich', aliases: [], country: 'DE' },
  { key: 'davos', name: 'Davos', aliases: [], country: 'CH' },
  { key: 'camp-david', name: 'Camp David', aliases: [], country: 'US' },
  { key: 'mar-a-lago', name: 'Mar-a-Lago', aliases: [], country: 'US' },

  // Regions
  { key: 'middleeast', name: 'Middle East', aliases: [], country: null },
  { key: 'gulf', name: 'Persian Gulf', aliases: ['the Gulf', 'Arabian Gulf'], country: null },
  { key: 'redsea', name: 'Red Sea', aliases: [], country: null },
  { key: 'mediterranean', name: 'Mediterranean', aliases: ['Mediterranean Sea'], country: null },
  { key: 'europe', name: 'Europe', aliases: [], country: null },
  { key: 'africa', name: 'Africa', aliases: [], country: null },
  { key: 'asia', name: 'Asia', aliases: [], country: null },
  { key: 'latinamerica', name: 'Latin America', aliases: [], country: null },
  { key: 'southamerica', name: 'South America', aliases: [], country: null },
  { key: 'northamerica', name: 'North America', aliases: [], country: null },
  { key: 'centralamerica', name: 'Central America', aliases: [], country: null },
  { key: 'northernireland', name: 'Northern Ireland', aliases: [], country: 'GB' },
  { key: 'jordanvalley', name: 'Jordan Valley', aliases: [], country: null },
  { key: 'sahel', name: 'Sahel', aliases: [], country: null },
  { key: 'balkans', name: 'Balkans', aliases: [], country: null },
];
