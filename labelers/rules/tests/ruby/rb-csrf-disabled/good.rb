class AccountsController < ApplicationController
  protect_from_forgery with: :exception

  def update
    current_user.update(email: params[:email])
  end
end
