/** The seed case's events in date order, as its page lists them (what readers must see). */
export const SEED_ORDER = [
  '2025-04-meta-announces-eu-ai-training',
  '2025-05-verbraucherzentrale-nrw-injunction-request',
  '2025-05-23-cologne-court-denies-injunction',
  '2025-05-noyb-cease-and-desist-letter',
  '2025-05-24-cryptopolitan-report',
  '2025-05-27-meta-ai-training-start',
];
