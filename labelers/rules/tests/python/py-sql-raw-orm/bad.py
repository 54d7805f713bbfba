from django.db.models.expressions import RawSQL
from sqlalchemy import text


def find_users(session, name):
    return session.execute(text("SELECT id FROM users WHERE name = '%s'" % name)).fetchall()


def newest_posts(Post, author):
    return Post.objects.raw(f"SELECT * FROM blog_post WHERE author = {author}")


def ranked(queryset, column):
    return queryset.annotate(rank=RawSQL("RANK() OVER (ORDER BY {})".format(column), []))
