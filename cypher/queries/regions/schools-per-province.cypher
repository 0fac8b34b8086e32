// @title 各省级地区的学校数 | Schools per province-level region
// @description Aggregate: schools located in each province, autonomous region or municipality (including its
// prefectures and counties).
MATCH (s:School)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(p:Region)
WHERE p.level IN ['province', 'autonomous-region', 'municipality']
WITH p, s ORDER BY s.name
RETURN p.name AS region, p.name_en AS region_en, count(DISTINCT s) AS schools, collect(DISTINCT s.name) AS names
ORDER BY schools DESC, region
