module UsersHelper
  def greeting(user)
    "<strong>Welcome, #{user.name}</strong>".html_safe
  end
end
