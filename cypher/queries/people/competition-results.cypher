// @title 竞赛成绩 | Medals and ranks
// @description Every competition result in the article: medals, ranks and prizes, by year.
MATCH (winner)-[r:WON]->(c:Competition)
RETURN r.year AS year, winner.name AS winner, c.name AS competition, r.event AS event, r.medal AS medal,
       r.rank AS rank, r.category AS category, r.prize AS prize
ORDER BY year, competition, CASE WHEN rank IS NULL THEN 0 ELSE rank END
