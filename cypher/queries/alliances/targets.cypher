// @title 2026年培养目标 | Targets for a year
// @description Targets an alliance set for a given year (沪喀: craftsmen, dual-qualified teachers, graduates,
// industrial workers by 2026) and the event where they were announced.
// @param year: integer = 2026  -- the target year
MATCH (a:Alliance)-[:HAS_STATISTIC]->(t:Statistic {kind: 'target'})
WHERE t.target_year = $year
OPTIONAL MATCH (event:Event)-[:ANNOUNCED]->(t)
RETURN a.name AS alliance, t.name AS target, t.metric AS metric, t.value AS value, t.unit AS unit,
       event.name AS announced_at
ORDER BY value
