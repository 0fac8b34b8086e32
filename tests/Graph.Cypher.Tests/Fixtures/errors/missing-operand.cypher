MATCH (n)
RETURN n.x +