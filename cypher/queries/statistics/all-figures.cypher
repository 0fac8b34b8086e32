// @title 文中全部数据 | Every figure in the article
// @description All totals, targets and rates with what they are about, largest first.
MATCH (subject)-[:HAS_STATISTIC]->(s:Statistic)
RETURN subject.name AS subject, s.name AS figure, s.value AS value, s.unit AS unit, s.qualifier AS qualifier,
       s.year AS year, s.target_year AS target_year
ORDER BY value DESC, figure
