// Names that make a short line a photo credit. Matched as whole words,
// case-insensitively. Keep each list sorted.

/** Agencies and credit words that appear in photo credits ("NAME / AGENCY"). */
export const creditNames: readonly string[] = [
  'AAP',
  'ABACA',
  'AFP',
  'Agence France-Presse',
  'Alamy',
  'Anadolu',
  'ANI',
  'ANP',
  'ANSA',
  'AP',
  'Associated Press',
  'Belga',
  'BelTA',
  'Bloomberg',
  'Camera Press',
  'Corbis',
  'dpa',
  'EFE',
  'EPA',
  'EPA-EFE',
  'Getty',
  'Getty Images',
  'Handout',
  'IANS',
  'Imago',
  'ITAR-TASS',
  'KCNA',
  'Kyodo',
  'NurPhoto',
  'PA',
  'PA Images',
  'PA Wire',
  'picture alliance',
  'picture-alliance',
  'Pool',
  'PTI',
  'Reuters',
  'Rex',
  'Rex Features',
  'RIA Novosti',
  'Shutterstock',
  'SOPA Images',
  'Sputnik',
  'TASS',
  'UPI',
  'Xinhua',
  'Yonhap',
  'ZUMA',
  'ZUMA Press',
  'ZUMA Wire'
]

/**
 * Names that only ever credit pictures: a line made of one of them and a
 * photographer's name is a credit even without a slash or label. News
 * agencies are not here, because a line "Reuters" may be a story's byline.
 */
export const pictureOnlyNames: readonly string[] = [
  'Alamy',
  'Camera Press',
  'Corbis',
  'Getty Images',
  'Imago',
  'NurPhoto',
  'picture alliance',
  'picture-alliance',
  'Rex Features',
  'Shutterstock',
  'SOPA Images',
  'ZUMA Press',
  'ZUMA Wire'
]
