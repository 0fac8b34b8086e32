// @title 人物就读的学校 | Schools a person studied at
// @description The schools a person studied at, with the years and role the article gives
// (e.g. 蒋孟良 came to 上海市城市建设学校 in 2015 and graduated from 上海建设管理职业技术学院).
// @param name: string = "蒋孟良"  -- the person's Chinese name
MATCH (p:Person {name: $name})-[r:STUDIED_AT]->(s:School)
RETURN p, r, s, s.name AS school, s.level AS level, r.since AS since, r.until AS until, r.role AS role
ORDER BY CASE WHEN r.since IS NULL THEN 1 ELSE 0 END, r.since, school
