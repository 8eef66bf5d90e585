/**
 * The view models of the report site: what every page renders, computed once by buildReport.
 *
 * Rules every field follows (pages and charts rely on them):
 * - Numbers are raw (never rounded: rounding is presentation) and locale-independent; an
 *   estimate of an empty group is null, never NaN. NPS in points (-100..100), shares in percent.
 * - Every interval says its method and confidence level (ReportInterval).
 * - Text from respondents (comments) is already redacted; no respondent id or response id
 *   appears anywhere: a verbatim is known by an opaque key.
 * - Lists are sorted deterministically: the same data in any order gives the same JSON.
 * - Localised labels come resolved for the report's locale (`label`) and in both languages (`labels`).
 *
 * This file is a contract with the pages (S2), charts (S3) and gallery (S4): fields are only added.
 */
export type * from './model-figures.ts';
export type * from './model-pages.ts';
