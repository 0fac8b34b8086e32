// @title 三大职教联盟概览 | The three alliances at a glance
// @description Each alliance with the year it started, the regions it supports and the number of figures
// the article reports about it.
MATCH (a:Alliance)
OPTIONAL MATCH (a)-[:SUPPORTS]->(r:Region)
WITH a, collect(DISTINCT r.name) AS regions
OPTIONAL MATCH (a)-[:HAS_STATISTIC]->(s:Statistic)
RETURN a.name AS alliance, a.name_en AS alliance_en, a.since AS since, a.first_enrolment AS first_enrolment,
       regions, count(s) AS figures
ORDER BY alliance
