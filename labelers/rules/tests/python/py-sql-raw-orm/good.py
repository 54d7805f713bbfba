from django.db.models.expressions import RawSQL
from sqlalchemy import text


def find_users(session, name):
    return session.execute(text("SELECT id FROM users WHERE name = :name"), {"name": name}).fetchall()


def newest_posts(Post, author):
    return Post.objects.raw("SELECT * FROM blog_post WHERE author = %s", [author])


def ranked(queryset, column):
    return queryset.annotate(rank=RawSQL("RANK() OVER (ORDER BY created)", []))


def change_password(db, salt, digest, user):
    # one query text split over two lines and joined with +: a constant, every value bound
    return db.execute(text("UPDATE users SET salt=:s, passwd=:p WHERE " +
                           "username=:u"), {"s": salt, "p": digest, "u": user})
