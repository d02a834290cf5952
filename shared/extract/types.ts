/**
 * Public types of page detection and ad extraction (`detectPage`) and of the job-site list (`JOB_SITES`).
 * Detection results are plain JSON data (the site is named by id), so they can be posted between
 * extension contexts as they are.
 */

/** A job ad read from a page, in the shape the analyser takes (`AdInput`) plus the page URL. */
export interface ExtractedAd {
  /** The job title, one line. */
  readonly title: string;
  /** The description as plain text: paragraphs separated by a blank line, lines by `\n`; never HTML. */
  readonly text: string;
  readonly employer?: string;
  /** Pay as the page states it (e.g. `GBP 25000–30000 per year`). */
  readonly salary?: string;
  readonly location?: string;
  /**
   * BCP 47 language the ad itself declares (`inLanguage`, or a `lang` attribute on the ad's own element).
   * The page's `<html lang>` is left out on purpose: it is the site's interface language, not the ad's.
   */
  readonly lang?: string;
  /** The page URL the ad was read from. */
  readonly url: string;
}

/** How a job ad was read: structured data first, then a site adapter, then the generic fallback. */
export type AdRoute = 'json-ld' | 'microdata' | 'rdfa' | 'adapter' | 'fallback';

/** What marked a page as a listing of jobs. */
export type ListingRoute = 'json-ld' | 'microdata' | 'rdfa' | 'cards' | 'url';

/** A page showing one job ad. `site` is the `JobSite.id` when the URL belongs to a known site. */
export interface JobAdDetection {
  readonly kind: 'job-ad';
  readonly ad: ExtractedAd;
  readonly via: AdRoute;
  readonly site?: string;
}

/** A search or listing page of a job board (or of a jobs/services category of a classifieds site). */
export interface ListingDetection {
  readonly kind: 'listing';
  /** Job cards (or listed JobPostings) found on the page; 0 when only the URL says it is a listing. */
  readonly count: number;
  readonly via: ListingRoute;
  readonly site?: string;
}

/** Anything else: the extension changes nothing on such a page. */
export interface NoDetection {
  readonly kind: 'none';
}

/** The result of `detectPage`. */
export type PageDetection = JobAdDetection | ListingDetection | NoDetection;

/** Options for `detectPage`. */
export interface DetectOptions {
  /**
   * The person asked to check this page (the popup's "check this page" button): run the generic
   * fallback even on a site that is not in `JOB_SITES` and has no JobPosting markup.
   */
  readonly force?: boolean;
}

/** `job-board`: every ad is a job ad. `classifieds`: only the jobs and services categories count. */
export type JobSiteKind = 'job-board' | 'classifieds';

/** Which paths of a site are a single ad and which a listing, tested against `pathname + search`. */
export interface UrlRules {
  /** A single ad. Tested first. */
  readonly ad: readonly RegExp[];
  /** A search or listing page. On classifieds, any non-ad page inside a jobs category is a listing too. */
  readonly listing: readonly RegExp[];
}

/**
 * Categories of a classifieds site, matched against the first three path segments (lower-cased).
 * An entry is an exact segment (`jjj`), a prefix (`jobs_c*`) or a suffix (`*-jobs`). No regex.
 */
export interface CategoryRules {
  /** Jobs, gigs and services: pages here count. */
  readonly jobs: readonly string[];
  /** Known other categories (cars, property, goods): pages here never count. */
  readonly other: readonly string[];
  /** Breadcrumb labels (lower-case, accents removed) that name a jobs or services category. */
  readonly crumbs: readonly string[];
}

/** Sample URLs of a site, used by tests and as documentation of the URL rules. */
export interface SiteSamples {
  readonly ad: readonly string[];
  readonly listing: readonly string[];
  /** Pages of the site that are neither (classifieds: other categories). */
  readonly other?: readonly string[];
}

/** A job board or classifieds site the extension runs on. */
export interface JobSite {
  /** Stable kebab-case id, used in detection results and in `SITE_SELECTORS`. */
  readonly id: string;
  readonly name: string;
  readonly kind: JobSiteKind;
  /** Chrome/Firefox match patterns (`<scheme>://<host><path>`) for the manifest. */
  readonly matches: readonly string[];
  readonly urls: UrlRules;
  /** Classifieds only. */
  readonly categories?: CategoryRules;
  readonly samples: SiteSamples;
}

/** Where a URL sits on a site: its page type and, on classifieds, its category. */
export interface UrlPlace {
  readonly page: 'ad' | 'listing' | 'unknown';
  readonly category: 'job' | 'other' | 'unknown';
}
