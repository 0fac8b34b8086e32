// @title 图片说明 | Photo captions and what they show
// @description The article's photo captions (▲ and ▼) and the entities they depict.
MATCH (photo:Photo)-[:DEPICTS]->(x)
WITH photo, x ORDER BY x.name
RETURN photo.marker AS marker, photo.caption AS caption, photo.paragraph AS paragraph, collect(x.name) AS depicts
ORDER BY paragraph
