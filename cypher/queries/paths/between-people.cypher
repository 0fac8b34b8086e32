// @title 两人之间的最短路径 | Shortest path between two people
// @description How two people of the article are connected (any relationship, either direction).
// @param person: string = "蒋晨琪"  -- first person's Chinese name
// @param other: string = "谢国安"  -- second person's Chinese name
MATCH (a:Person {name: $person}), (b:Person {name: $other})
MATCH path = shortestPath((a)-[*..10]-(b))
RETURN path, length(path) AS hops, [n IN nodes(path) | n.name] AS chain
