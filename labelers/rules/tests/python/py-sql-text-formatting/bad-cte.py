def autocomplete(db, query):
    text = u"""
        with s as (SELECT id, lower(title) AS t FROM posts WHERE title iLIKE '%{query}%')
        select t, count(*) from s group by t""".format(query=query)
    return db.fetch(text)
