class DownloadsController < ApplicationController
  def show
    name = File.basename(params[:name])
    send_file File.join(Rails.root, "uploads", name)
  end
end
