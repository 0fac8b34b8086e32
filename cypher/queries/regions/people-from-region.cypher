// @title 来自某地的人 | People and student groups from a region
// @description Everyone the article says comes from a region or from a region inside it.
// @param region: string = "云南省"  -- the region's Chinese name
MATCH (r:Region {name: $region})<-[:PART_OF*0..4]-(sub:Region)<-[:COMES_FROM]-(x)
WHERE x:Person OR x:Cohort
RETURN x, x.name AS name, x.name_en AS name_en, labels(x) AS labels, sub.name AS comes_from
ORDER BY name
