class DownloadsController < ApplicationController
  def show
    send_file File.join(Rails.root, "uploads", params[:name])
  end
end
