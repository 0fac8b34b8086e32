// @title 某一年的大事 | What happened in a given year
// @description The facts the article dates to one year, with month and day where known.
// @param year: integer = 2023  -- the year
MATCH (a)-[r]->(b)
WHERE r.year = $year
RETURN r.month AS month, r.date AS date, type(r) AS event, a.name AS subject, b.name AS object, r.quote AS quote
ORDER BY CASE WHEN month IS NULL THEN 0 ELSE month END, event, subject, object
