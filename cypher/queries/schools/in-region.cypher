// @title 地区内的学校 | Schools in a region and its sub-regions
// @description The schools located in a region or in any region inside it (county, prefecture...).
// @param region: string = "喀什地区"  -- the region's Chinese name
MATCH (r:Region {name: $region})<-[:PART_OF*0..4]-(sub:Region)<-[:LOCATED_IN]-(s:School)
RETURN s, s.name AS school, s.level AS level, sub.name AS located_in
ORDER BY school
