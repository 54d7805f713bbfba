module CommentsHelper
  def comment_body(comment)
    body = comment.body.gsub("\n", "<br>")
    body.html_safe
  end
end
