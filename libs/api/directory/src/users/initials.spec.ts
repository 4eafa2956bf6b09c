import { initialsOf } from './initials';

describe('initialsOf', () => {
  it.each([
    ['Ana María López', 'AL'],
    ['Rana', 'R'],
    ['  grace   hopper ', 'GH'],
    ['محمد بن عبد الله الهاشمي', 'مه'],
    ['فاطمة بنت أحمد', 'فأ'],
    ['أبو بكر الصديق', 'بص'],
    ['عمر ابن الخطاب', 'عخ'],
    ['ليلى ال سعيد', 'لس'],
    ['الياس خوري', 'اخ'],
    ['مُحَمَّد الْعَلِيّ', 'مع'],
    ['דוד בן גוריון', 'דג'],
    ['מרים בת שבע', 'מש'],
    ['יוסף הכהן', 'יכ'],
    ['שרה ה־לוי', 'של'],
    ['הדס לוי', 'הל'],
    ['Omar al-Farouq', 'OF'],
    ['Khalid bin Walid', 'KW'],
    ['Ben Stiller', 'BS'],
    ['بن', 'ب'],
  ])('%s → %s', (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});
