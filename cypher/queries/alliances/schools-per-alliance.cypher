// @title 各联盟关联的学校 | Schools per alliance
// @description Aggregate: schools linked to each alliance directly (member, supported, coordinated) or through
// one of its programmes, agreements, training bases or teams. Links through regions (an alliance is based in
// Shanghai) do not count.
MATCH (a:Alliance)--(x)
WHERE x:School OR x:Programme OR x:Agreement OR x:TrainingBase OR x:Team
MATCH (x)-[*0..1]-(s:School)
WHERE x = s OR NOT x:School
WITH a, s ORDER BY s.name
RETURN a.name AS alliance, count(DISTINCT s) AS schools, collect(DISTINCT s.name) AS names
ORDER BY alliance
