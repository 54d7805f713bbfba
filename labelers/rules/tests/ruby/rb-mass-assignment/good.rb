class UsersController < ApplicationController
  def update
    @user = User.find(params[:id])
    @user.update(params.require(:user).permit(:name, :email))
  end
end
