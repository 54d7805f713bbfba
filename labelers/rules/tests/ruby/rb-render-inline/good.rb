class PagesController < ApplicationController
  def preview
    render :preview, locals: { title: params[:title] }
  end
end
