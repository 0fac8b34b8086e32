// @title 年度时间线 | Timeline of events by year
// @description Every dated fact (relationships with a year, or a start year), ordered by year and month.
MATCH (a)-[r]->(b)
WHERE r.year IS NOT NULL OR r.since IS NOT NULL
RETURN CASE WHEN r.year IS NULL THEN r.since ELSE r.year END AS year, r.month AS month, type(r) AS event, a.name AS subject, b.name AS object,
       r.quote AS quote
ORDER BY year, CASE WHEN month IS NULL THEN 0 ELSE month END, event, subject, object
