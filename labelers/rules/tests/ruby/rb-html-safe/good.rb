module UsersHelper
  def greeting(user)
    "<strong>Welcome, #{h(user.name)}</strong>".html_safe
  end
end
