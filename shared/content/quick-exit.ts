/**
 * Where "Exit this page" goes when a partner sets no `exit-url`: a neutral, everyday page that
 * draws no attention (the same choice GOV.UK's "Exit this page" component makes).
 */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
