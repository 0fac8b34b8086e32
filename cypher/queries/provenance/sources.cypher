// @title 原文出处 | Where the article says it
// @description Every fact about an entity with the exact sentence and paragraph of the article it comes from.
// @param name: string = "喀什理工职业技术学院"  -- the entity's Chinese name
MATCH (n:Entity {name: $name})
OPTIONAL MATCH (n)-[r]-(other)
RETURN n.quote AS entity_quote, n.paragraph AS entity_paragraph, type(r) AS relationship, other.name AS other,
       r.quote AS quote, r.paragraph AS paragraph
ORDER BY paragraph, relationship, other
