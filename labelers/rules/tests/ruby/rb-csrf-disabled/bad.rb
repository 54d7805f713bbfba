class AccountsController < ApplicationController
  skip_before_action :verify_authenticity_token

  def update
    current_user.update(email: params[:email])
  end
end
