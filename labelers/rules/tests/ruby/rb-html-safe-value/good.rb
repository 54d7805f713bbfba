module CommentsHelper
  def comment_body(comment)
    body = h(comment.body).gsub("\n", "<br>")
    sanitize(body, tags: %w[br]).html_safe
  end
end
