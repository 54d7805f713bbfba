from django.db.models.expressions import RawSQL
from sqlalchemy import text


def find_users(session, name):
    return session.execute(text("SELECT id FROM users WHERE name = :name"), {"name": name}).fetchall()


def newest_posts(Post, author):
    return Post.objects.raw("SELECT * FROM blog_post WHERE author = %s", [author])


def ranked(queryset, column):
    return queryset.annotate(rank=RawSQL("RANK() OVER (ORDER BY created)", []))
