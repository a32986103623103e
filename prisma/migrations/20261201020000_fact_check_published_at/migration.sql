-- When each fact-check was published (ClaimReview's datePublished, a library's "date"): the claim
-- ranker reads how many days lie between it and the comment (lib/triage/factcheck/claim-dates.ts).
ALTER TABLE "FactCheck" ADD COLUMN "publishedAt" DATE;
