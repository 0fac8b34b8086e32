// @title 学校层次分布 | Schools by level
// @description Aggregate: how many schools of each level (secondary vocational, technician school, higher
// vocational, university) the article names, and which.
MATCH (s:School)
WITH s.level AS level, s.level_zh AS level_zh, s.name AS name
ORDER BY name
RETURN level, level_zh, count(*) AS schools, collect(name) AS names
ORDER BY schools DESC, level
