// @title 联盟数据 | Figures reported for an alliance
// @description The totals and targets the article states about one alliance, with unit, year and the regions
// they concern.
// @param alliance: string = "沪果职教联盟"  -- the alliance's Chinese name
MATCH (a:Alliance {name: $alliance})-[:HAS_STATISTIC]->(s:Statistic)
OPTIONAL MATCH (s)-[:ABOUT]->(r:Region)
RETURN s.name AS figure, s.metric AS metric, s.value AS value, s.unit AS unit, s.qualifier AS qualifier,
       s.since AS since, s.year AS year, s.target_year AS target_year, collect(r.name) AS regions
ORDER BY metric
