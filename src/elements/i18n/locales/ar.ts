/**
 * Arabic (Modern Standard Arabic). Import it once (`import 'totp-enroll/locales/ar.js'`) and every
 * `<totp-enroll>` and `<totp-challenge>` under a `lang="ar…"` speaks Arabic, right to left (the card
 * sets `dir="rtl"` itself, so `lang="ar"` alone is enough); pages that do not import it do not load it.
 * A section per element, each typed as that element's whole table: a missing key fails to compile.
 *
 * Digits: a count or a time the element formats (codes left, seconds, "in 60 minutes", a date)
 * comes in the digits of the page's `lang` through Intl: Western (0-9) for `ar`, `ar-AE`, `ar-MA`,
 * as CLDR has it; Arabic-Indic (٠-٩) for `ar-EG`, `ar-SA` or any `ar-u-nu-arab`. The texts below
 * spell their own small numbers in words ("ستة أرقام", "الخطوة الثانية من أربع"), so they read
 * right under either. Codes, the setup key and typed codes stay as the authenticator app shows
 * them, left to right; the code fields also accept ٠-٩ and ۰-۹ (shared/ascii-digits.ts).
 */
import type { TotpChallengeStrings } from '../../challenge/strings.js';
import type { TotpEnrollStrings } from '../../enroll/strings.js';
import type { CommonStrings } from '../common.js';
import type { RecoveryFieldStrings } from '../recovery-field-en.js';
import { registerStrings } from '../register-strings.js';

/** Arabic's six plural forms (zero, one, two, few: 3–10, many: 11–99, other: 100…), as CLDR counts them. */
type PluralForms = Record<Intl.LDMLPluralRule, string>;
const plural = new Intl.PluralRules('ar');
const counted = (n: number, forms: PluralForms): string => forms[plural.select(n)];

/** `count` seconds, after "بعد": ثانية واحدة، ثانيتين، ٣ ثوانٍ، ١١ ثانية، ١٠٠ ثانية. */
const seconds = (count: string, n: number): string => counted(n, {
  zero: `${count} ثانية`, one: 'ثانية واحدة', two: 'ثانيتين', few: `${count} ثوانٍ`, many: `${count} ثانية`, other: `${count} ثانية`,
});

/** How many recovery codes are left: the noun agrees with the number (رمز، رمزا، رموز، رمزًا). */
const codesLeftText = (count: string, n: number, none: string): string => counted(n, {
  zero: none,
  one: 'تبقّى لديك رمز استرداد واحد.',
  two: 'تبقّى لديك رمزا استرداد.',
  few: `تبقّى لديك ${count} رموز استرداد.`,
  many: `تبقّى لديك ${count} رمز استرداد.`,
  other: `تبقّى لديك ${count} رمز استرداد.`,
});

/** Left-to-right text inside an Arabic sentence (a key combination, a setting's name): isolated, so its own order holds. */
const ltr = (text: string): string => `\u2066${text}\u2069`;

/** "الخطوة الثانية من أربع": the step (خطوة, feminine) as an ordinal, the total as its cardinal; digits past ten. */
const ORDINALS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
const CARDINALS = ['واحدة', 'اثنتين', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'];
const stepOf = (step: number, total: number): string =>
  `الخطوة ${ORDINALS[step - 1] ?? step} من ${CARDINALS[total - 1] ?? total}`;

/** What both elements say alike: the heading and the code entry. */
const common: CommonStrings = {
  dir: 'rtl',
  heading: 'المصادقة الثنائية',
  codeLabel: 'الرمز من تطبيقك',
  verify: 'تحقّق',
  verifying: 'جارٍ التحقق…',
  codeFormat: 'أدخل الأرقام الستة التي يعرضها تطبيقك.',
  wrongCode: 'لم ينجح هذا الرمز. تحقّق من تطبيقك وأدخل الرمز الحالي.',
  clockHint: 'ألا يزال لا يعمل؟ تأكّد من أن ساعة هاتفك مضبوطة تلقائيًا.',
  codeReused: 'استُخدم هذا الرمز للتو. انتظر الرمز التالي في تطبيقك، ثم أدخله.',
  lastTryWarning: 'رمز خاطئ آخر سيُقفل تسجيل الدخول لبعض الوقت.',
  tooManyAttempts: (count, n) => `محاولات كثيرة جدًا. أعد المحاولة بعد ${seconds(count, n)}.`,
  canRetryNow: 'يمكنك المحاولة مرة أخرى الآن.',
  configProblem: (setting) => `لم تُجهَّز هذه الصفحة لذلك بعد (${ltr(setting)}). يُرجى التواصل مع فريق الدعم في الموقع.`,
  networkProblem: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.',
  serverProblem: 'حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى.',
  secondFactorNeeded: 'حفاظًا على أمانك، سجّل الدخول أولًا بخطوتك الثانية الحالية (مثل رمز في رسالة نصية)، ثم عُد إلى هنا.',
};

/** The recovery-code field's words: the challenge's, and `<totp-enroll>`'s step-up's. */
const recoveryField: RecoveryFieldStrings = {
  useRecoveryCode: 'استخدم رمز استرداد بدلًا من ذلك',
  useAuthenticator: 'استخدم تطبيق المصادقة بدلًا من ذلك',
  recoveryLabel: 'رمز الاسترداد',
  recoveryHelp: 'أدخل أحد رموز الاسترداد التي حفظتها عند إعداد تطبيق المصادقة. يعمل كل رمز مرة واحدة فقط.',
  recoveryFormat: `أدخل أحد رموز الاسترداد، مثل ${ltr('abcd-1234-efgh')}.`,
  wrongRecoveryCode: 'لم ينجح رمز الاسترداد هذا. تحقّق منه أو استخدم رمزًا آخر، فكل رمز يعمل مرة واحدة فقط.',
};

const keepCodesSafe = 'إذا فقدت هاتفك، يتيح لك كل رمز تسجيل الدخول مرة واحدة. احتفظ بالرموز في مكان آمن، مثل مدير كلمات المرور.';

/** `<totp-enroll>`. */
export const ar: TotpEnrollStrings = {
  ...recoveryField,
  ...common,
  description: 'أضِف خطوة ثانية إلى تسجيل دخولك باستخدام تطبيق مصادقة مثل Google Authenticator أو 1Password أو Authy.',
  start: 'إعداد تطبيق المصادقة',
  starting: 'جارٍ الإعداد…',
  checking: 'جارٍ التحقق…',
  loadFailed: 'تعذّر تحميل الإعداد. تحقّق من اتصالك وأعد تحميل الصفحة.',
  stepOf,
  stepScan: 'امسح رمز QR',
  scanHelp: 'في تطبيق المصادقة، أضِف حسابًا وامسح هذا الرمز.',
  qrAlt: 'رمز QR لإضافة هذا الحساب إلى تطبيق مصادقة',
  addsAccount: 'سيُضاف:',
  cantScan: 'لا يمكنك مسح الرمز؟',
  secretHelp: 'أو أدخل مفتاح الإعداد هذا في تطبيقك:',
  secretLabel: 'مفتاح الإعداد',
  copySecret: 'نسخ المفتاح',
  openInApp: 'فتح في تطبيق المصادقة',
  next: 'التالي',
  back: 'رجوع',
  stepConfirm: 'أدخل الرمز المكوّن من ستة أرقام',
  codeHelp: 'أدخل الرمز الذي يعرضه تطبيقك لهذا الحساب.',
  // `relativeTime` is Intl's, plural and all: "خلال دقيقة واحدة"، "خلال دقيقتين"، "خلال 60 دقيقة".
  expiresIn: (relativeTime) => `تنتهي صلاحية هذا الإعداد ${relativeTime}.`,
  stepCodes: 'احفظ رموز الاسترداد',
  codesHelp: keepCodesSafe,
  copyAllCodes: 'نسخ الكل',
  downloadCodes: 'تنزيل',
  printCodes: 'طباعة',
  savedCheckbox: 'لقد حفظت هذه الرموز',
  finish: 'إنهاء',
  finishHint: 'احفظ الرموز أولًا، أو ضع علامة في المربع.',
  recoveryFileName: (issuer) => `رموز-استرداد-${issuer}.txt`,
  recoveryFileHeader: ({ issuer, account, date }) =>
    `رموز الاسترداد لـ ${issuer}\nالحساب: ${account}\nتاريخ الحفظ: ${date}\nيعمل كل رمز مرة واحدة فقط.`,
  stepDone: 'تم إعداد تطبيق المصادقة',
  doneHelp: 'في المرة القادمة التي تسجّل فيها الدخول، أدخل الرمز من تطبيقك. احتفظ برموز الاسترداد في مكان آمن.',
  expiredHeading: 'انتهت صلاحية هذا الإعداد',
  expiredHelp: 'حفاظًا على أمانك، تنتهي صلاحية الإعداد غير المكتمل. ابدأ من جديد للحصول على رمز QR جديد، واحذف الإدخال القديم من تطبيقك إن كنت قد أضفته.',
  replacedHeading: 'حلّ إعداد أحدث محلّ هذا الإعداد',
  replacedHelp: 'لقد بدأت الإعداد مرة أخرى، ربما في علامة تبويب أخرى، لذا لم يعد رمز QR هذا يعمل. ابدأ من جديد هنا أو أكمل الإعداد الأحدث، واحذف الإدخال القديم من تطبيقك.',
  startOver: 'البدء من جديد',
  errorHeading: 'لم ينجح الإعداد',
  retry: 'إعادة المحاولة',
  retryIn: (count, n) => `يمكنك إعادة المحاولة بعد ${seconds(count, n)}.`,
  copied: 'تم النسخ',
  pressToCopy: (keys) => `تم التحديد. اضغط ${ltr(keys)} للنسخ.`,
  downloaded: 'بدأ التنزيل',
  alreadyOn: 'لهذا الحساب تطبيق مصادقة بالفعل. يمكنك هنا عرض رموز الاسترداد الخاصة به أو استبداله أو إزالته.',
  onHeading: 'تطبيق المصادقة مفعَّل',
  onSince: (date) => `أُضيف في ${date}.`,
  onHelp: 'عند تسجيل الدخول، تُدخل رمزًا من تطبيق المصادقة أو أحد رموز الاسترداد.',
  viewCodes: 'عرض رموز الاسترداد',
  replaceApp: 'استبدال تطبيق المصادقة',
  removeApp: 'إزالة',
  cancel: 'إلغاء',
  stepUpHeading: 'أكّد هويتك',
  stepUpHelp: 'حفاظًا على أمانك، أدخل الرمز الذي يعرضه تطبيق المصادقة الآن.',
  sessionExpired: 'انتهت صلاحية تسجيل دخولك. سجّل الدخول مرة أخرى، ثم عُد إلى هنا.',
  codesHeading: 'رموز الاسترداد',
  codesViewHelp: keepCodesSafe,
  codesLeft: (count, n) => codesLeftText(count, n, 'لم يتبقَّ لديك أي رمز استرداد.'),
  codesLow: 'أوشكت رموزك على النفاد. استبدل تطبيق المصادقة للحصول على مجموعة جديدة من الرموز.',
  loadingCodes: 'جارٍ التحميل…',
  done: 'تم',
  removeHeading: 'هل تريد إزالة تطبيق المصادقة؟',
  removeHelp: 'ستسجّل الدخول دون رمز من تطبيقك، وستتوقف رموز الاسترداد عن العمل. وبذلك تصبح حماية حسابك أضعف.',
  removeConfirm: 'إزالة تطبيق المصادقة',
  removing: 'جارٍ الإزالة…',
  removed: 'أُزيل تطبيق المصادقة',
  replaceHeading: 'هل تريد استبدال تطبيق المصادقة؟',
  replaceHelp: 'سيتوقف تطبيقك الحالي ورموز الاسترداد عن العمل فورًا. وإلى أن تؤكّد رمزًا من التطبيق الجديد، لن يكون لحسابك تطبيق مصادقة.',
  replaceConfirm: 'الإزالة والإعداد من جديد',
  removedElsewhereHeading: 'أُزيل تطبيق المصادقة بالفعل',
  removedElsewhereHelp: 'ربما من جهاز آخر. لم يعد لحسابك تطبيق مصادقة الآن؛ أعِدّ تطبيقًا لحمايته من جديد.',
  actionFailed: 'لم ينجح ذلك',
};

/** `<totp-challenge>`. */
export const arChallenge: TotpChallengeStrings = {
  ...common,
  signInHelp: 'افتح تطبيق المصادقة وأدخل الرمز المكوّن من ستة أرقام الذي يعرضه لهذا الحساب.',
  ...recoveryField,
  signedInHeading: 'تم تسجيل دخولك',
  signedIn: 'تم تسجيل دخولك.',
  signedInWithRecovery: 'تم تسجيل دخولك باستخدام رمز استرداد. لقد استُهلك هذا الرمز الآن.',
  codesRemaining: (count, n) => codesLeftText(count, n, 'كان هذا آخر رمز استرداد لديك.'),
  setUpAgain: 'فقدت هاتفك؟ في إعدادات حسابك، ضمن المصادقة الثنائية، اختر «استبدال تطبيق المصادقة» واحفظ رموز الاسترداد الجديدة.',
  notEnrolledHeading: 'لم يُعَدّ أي تطبيق مصادقة',
  notEnrolledHelp: 'لا يوجد لهذا الحساب تطبيق مصادقة للمصادقة الثنائية بعد. أعِدّ تطبيقًا للمتابعة.',
  sessionExpiredHeading: 'انتهت صلاحية تسجيل دخولك',
  sessionExpiredHelp: 'حفاظًا على أمانك، انتهت مهلة الخطوة الأولى من تسجيل دخولك. سجّل الدخول مرة أخرى للمتابعة.',
  // The challenge's own: its code field could not be loaded, not "the setup".
  loadFailed: 'تعذّر التحميل. تحقّق من اتصالك وأعد تحميل الصفحة.',
};

registerStrings('ar', ar, 'totp-enroll');
registerStrings('ar', arChallenge, 'totp-challenge');
