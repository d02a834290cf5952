/**
 * Per-site CSS selectors, as data: where a single ad shows its title, employer, location, pay and
 * description, and what a job card on a listing page looks like. Each field lists fallbacks, first
 * match wins, so a redesign that renames one class degrades to the next selector rather than failing.
 * Sites ship new markup often: structured data is always tried first, and these are the second line.
 */

/** Where a single ad's fields are. `title` and `description` must both match for the adapter to answer. */
export interface AdSelectors {
  readonly title: readonly string[];
  readonly description: readonly string[];
  readonly employer?: readonly string[];
  readonly location?: readonly string[];
  readonly salary?: readonly string[];
  /** Parts of the description to leave out (buttons, QR codes, "report this ad"). */
  readonly skip?: readonly string[];
}

/** The selectors of one site. */
export interface SiteSelectors {
  readonly ad?: AdSelectors;
  /** Job cards on a listing page: the first selector that matches gives the count. */
  readonly cards?: readonly string[];
  /** Breadcrumb links (classifieds), in addition to the generic ones. */
  readonly crumbs?: readonly string[];
}

/** Breadcrumb items on any site: ARIA, schema.org microdata and the usual class names. */
export const GENERIC_CRUMBS = [
  'nav[aria-label*="readcrumb"] a',
  '[itemtype*="BreadcrumbList"] [itemprop="name"]',
  '[data-testid*="readcrumb"] a',
  '.breadcrumb a',
  '.breadcrumbs a',
  '.breadcrumbs li',
];

/** Selectors by `JobSite.id`. */
export const SITE_SELECTORS: Readonly<Record<string, SiteSelectors>> = {
  indeed: {
    ad: {
      title: [
        '[data-testid="jobsearch-JobInfoHeader-title"]',
        'h1.jobsearch-JobInfoHeader-title',
        '.jobsearch-JobInfoHeader-title',
      ],
      employer: [
        '[data-testid="inlineHeader-companyName"]',
        '[data-company-name="true"]',
        '.jobsearch-CompanyInfoContainer a',
      ],
      location: [
        '[data-testid="inlineHeader-companyLocation"]',
        '[data-testid="job-location"]',
        '#jobLocationText',
      ],
      salary: [
        '#salaryInfoAndJobType',
        '[data-testid="jobsearch-OtherJobDetailsContainer"] [aria-label*="alary"]',
      ],
      description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
    },
    cards: ['.job_seen_beacon', 'a[data-jk]', '[data-jk]', '.jobsearch-ResultsList > li .result'],
  },
  linkedin: {
    ad: {
      title: [
        '.top-card-layout__title',
        'h1.topcard__title',
        '.job-details-jobs-unified-top-card__job-title',
        '.jobs-unified-top-card__job-title',
      ],
      employer: [
        '.topcard__org-name-link',
        '.job-details-jobs-unified-top-card__company-name',
        '.jobs-unified-top-card__company-name',
      ],
      location: [
        '.topcard__flavor--bullet',
        '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
        '.jobs-unified-top-card__bullet',
      ],
      salary: ['.compensation__salary', '.salary.compensation__salary'],
      description: [
        '.show-more-less-html__markup',
        '.description__text',
        '#job-details',
        '.jobs-description__content',
        '.jobs-box__html-content',
      ],
      skip: ['.show-more-less-html__button'],
    },
    cards: [
      '[data-entity-urn^="urn:li:jobPosting:"]',
      '.base-card.job-search-card',
      '.jobs-search__results-list > li',
      'li[data-occludable-job-id]',
      '.job-card-container',
    ],
  },
  glassdoor: {
    ad: {
      title: ['[data-test="job-title"]', 'h1[id^="jd-job-title"]', '[class*="JobDetails_jobTitle"]'],
      employer: ['[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]'],
      location: ['[data-test="location"]', '[class*="JobDetails_location"]'],
      salary: ['[data-test="detailSalary"]', '[class*="SalaryEstimate_salaryRange"]'],
      description: [
        '.jobDescriptionContent',
        '[class*="JobDetails_jobDescription"]',
        '#JobDescriptionContainer',
      ],
    },
    cards: ['[data-test="jobListing"]', 'li.react-job-listing', '[data-jobid]'],
  },
  reed: {
    ad: {
      title: ['[data-qa="job-title"]', '.job-header h1', 'h1'],
      employer: ['[data-qa="recruiter-name"]', '[itemprop="hiringOrganization"] [itemprop="name"]'],
      location: ['[data-qa="job-location"]', '[itemprop="addressLocality"]'],
      salary: ['[data-qa="salary"]', '[itemprop="baseSalary"]'],
      description: ['[data-qa="job-description"]', '[itemprop="description"]', '.description'],
    },
    cards: ['[data-qa="job-card"]', 'article.job-result', 'article[id^="jobSection"]'],
  },
  totaljobs: {
    ad: {
      title: ['[data-at="header-job-title"]', '.listing-title h1', 'h1'],
      employer: ['[data-at="metadata-company-name"]', '#companyJobsLink'],
      location: ['[data-at="metadata-location"]', '.location'],
      salary: ['[data-at="metadata-salary"]', '.salary'],
      description: [
        '[data-at="section-text-jobDescription-content"]',
        '.job-description',
        '.listing-content',
      ],
    },
    cards: ['[data-at="job-item"]', 'article[data-testid="job-item"]', '.job'],
  },
  'cv-library': {
    ad: {
      title: ['.job__title', 'h1.job__title', 'h1'],
      employer: ['.job__header-posted-by a', '.job__company'],
      location: ['.job__header-info-location', '.job__details-location'],
      salary: ['.job__header-info-salary', '.job__details-salary'],
      description: ['.job__description', '#job-description'],
    },
    cards: ['.results__item', 'article.job', '[data-job-id]'],
  },
  monster: {
    ad: {
      title: ['[data-testid="jobTitle"]', 'h1.job_title', 'h1'],
      employer: ['[data-testid="company"]', '.company'],
      location: ['[data-testid="jobDetailLocation"]', '.location'],
      salary: ['[data-testid="jobDetailSalary"]'],
      description: ['[data-testid="svx-description-container-inner"]', '.job-description', '#JobDescription'],
    },
    cards: [
      '[data-testid="svx-job-card"]',
      'article[data-testid="JobCard"]',
      '.job-cardstyle__JobCardComponent',
    ],
  },
  ziprecruiter: {
    ad: {
      title: ['h1.job_title', '[data-testid="job-title"]', 'h1'],
      employer: ['.hiring_company_text a', '[data-testid="job-details-company"]'],
      location: ['.location_text', '[data-testid="job-details-location"]'],
      salary: ['[data-testid="job-details-salary"]'],
      description: ['.job_description', '.jobDescriptionSection', '[data-testid="job-description"]'],
    },
    cards: ['article.job_result', '[data-testid="job-card"]', '.job_content'],
  },
  seek: {
    ad: {
      title: ['[data-automation="job-detail-title"]', 'h1'],
      employer: ['[data-automation="advertiser-name"]'],
      location: ['[data-automation="job-detail-location"]'],
      salary: ['[data-automation="job-detail-salary"]'],
      description: ['[data-automation="jobAdDetails"]'],
    },
    cards: ['[data-automation="normalJob"]', '[data-card-type="JobCard"]', '[data-automation="premiumJob"]'],
  },
  stepstone: {
    ad: {
      title: ['[data-at="header-job-title"]', '.listing-title h1', 'h1'],
      employer: ['[data-at="metadata-company-name"]'],
      location: ['[data-at="metadata-location"]'],
      salary: ['[data-at="metadata-salary"]'],
      description: [
        '[data-at="section-text-jobDescription-content"]',
        '.job-ad-display-description',
        '.listing-content',
      ],
    },
    cards: ['[data-at="job-item"]', 'article[data-testid="job-item"]'],
  },
  infojobs: {
    ad: {
      title: ['#prefijoPuesto', 'h1.ij-Heading-title1', 'h1'],
      employer: ['#prefijoEmpresa', '.ij-OfferDetailHeader-companyName', '.company-name'],
      location: ['#prefijoPoblacion', '.ij-OfferDetailHeader-detailsList-item'],
      description: ['#prefijoDescripcion1', '.ij-Box-jobDescription', '.description', '.offer-description'],
    },
    cards: ['.ij-OfferCardContent', 'li.ij-List-item', '.ij-ComponentList-item', '.js_rowCard'],
  },
  pracuj: {
    ad: {
      title: ['[data-test="text-positionName"]', 'h1'],
      employer: ['[data-test="text-employerName"]'],
      location: ['[data-test="offer-badge-title"]', '[data-test="text-benefit"]'],
      salary: ['[data-test="text-earningAmount"]'],
      description: [
        '[data-test="section-offerView"]',
        '[data-test="section-about-project"]',
        '#offer-details',
      ],
    },
    cards: ['[data-test="default-offer"]', '[data-test="positioned-offer"]', '[data-test-offerid]'],
  },
  jooble: {
    ad: {
      title: ['h1'],
      employer: ['[data-test-name="_companyName"]', '.company'],
      location: ['[data-test-name="_location"]'],
      description: ['[data-test-name="_descriptionBlock"]', '.vacancy-desc'],
    },
    cards: ['[data-test-name="_jobCard"]', 'article[data-test-name]', '.vacancy_wrapper'],
  },
  adzuna: {
    ad: {
      title: ['.ui-job-title', 'h1'],
      employer: ['.ui-company', '[data-cy="company"]'],
      location: ['.ui-location', '[data-cy="location"]'],
      salary: ['.ui-salary', '[data-cy="salary"]'],
      description: ['.adp-body', 'section.adp-body', '.job-description'],
    },
    cards: ['article.a', '[data-aid]', '.ui-search-results article'],
  },
  'find-a-job': {
    ad: {
      title: ['h1.govuk-heading-l', 'h1'],
      employer: ['[itemprop="hiringOrganization"] [itemprop="name"]', '.govuk-summary-list__value'],
      description: ['[itemprop="description"]', '.govuk-body.job-description', '.job-description'],
    },
    cards: ['.search-result', '[data-aid="job-result"]'],
  },
  workday: {
    ad: {
      title: ['[data-automation-id="jobPostingHeader"]'],
      location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
      description: ['[data-automation-id="jobPostingDescription"]'],
    },
    cards: ['[data-automation-id="jobResults"] li', '[data-automation-id="jobTitle"]'],
  },
  olx: {
    ad: {
      title: ['[data-cy="ad_title"]', '[data-testid="ad_title"]', '[data-testid="offer_title"]', 'h1'],
      employer: ['[data-testid="user-profile-user-name"]', '[data-cy="seller_card"] h4'],
      location: ['[data-testid="location-date"]', '[data-testid="map-aside-section"] p'],
      salary: ['[data-testid="ad-price-container"]', '[data-testid="salary-range"]'],
      description: [
        '[data-cy="ad_description"]',
        '[data-testid="ad_description"]',
        '[data-testid="offer-description"]',
      ],
    },
    cards: ['[data-cy="l-card"]', '[data-testid="l-card"]', '[data-testid="listing-ad"]'],
    crumbs: [
      '[data-testid="breadcrumbs"] a',
      '[data-testid="breadcrumb-item"]',
      '[data-cy="categories-breadcrumb"] a',
    ],
  },
  gumtree: {
    ad: {
      title: ['h1[data-q="vip-title"]', '[data-q="vip-title"]', '.vip-ad-title__header', 'h1'],
      location: ['[data-q="ad-location"]', '.vip-ad-title__location'],
      salary: ['[data-q="ad-price"]', '.vip-ad-price'],
      description: ['[data-q="ad-description"]', '[itemprop="description"]', '.vip-ad-description__content'],
    },
    cards: ['[data-q="search-result"]', 'article.listing-maxi', '.user-ad-row'],
    crumbs: ['[data-q="breadcrumbs"] a', '.breadcrumbs__link'],
  },
  craigslist: {
    ad: {
      title: ['#titletextonly', '.postingtitletext'],
      location: ['.postingtitletext small', '.mapaddress'],
      salary: ['.attrgroup .remuneration .valu', '.attrgroup .remuneration'],
      description: ['#postingbody'],
      skip: ['.print-information', '.print-qrcode-container', '.print-qrcode-label'],
    },
    cards: ['li.cl-static-search-result', '.cl-search-result', 'li.result-row'],
    crumbs: ['.breadcrumbs .category a', '.breadcrumbs a'],
  },
  locanto: {
    ad: {
      title: ['h1.vap_header__title', '.vap__title h1', 'h1'],
      location: ['.vap_posting_details__address', '.vap__location'],
      salary: ['.vap_posting_details__salary'],
      description: ['.vap__description', '#js-user_content', '.vap_user_content'],
    },
    cards: ['.resultRow', 'article.posting_listing', '.entries .entry'],
    crumbs: ['.breadcrumb a', '.breadcrumb__item a'],
  },
  kijiji: {
    ad: {
      title: ['[data-testid="vip-title"]', 'h1[class*="title"]', 'h1'],
      location: ['[data-testid="vip-address"]', '[class*="address"]'],
      description: ['[data-testid="vip-description-wrapper"]', '[class*="descriptionContainer"]'],
    },
    cards: ['[data-testid="listing-card"]', '.search-item', '[data-listing-id]'],
    crumbs: ['[data-testid="breadcrumb"] a', '[class*="breadcrumbs"] a'],
  },
};
