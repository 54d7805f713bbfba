class DocumentsController < ApplicationController
  def show
    name = params[:name]
    path = File.join(Rails.root, "public", "docs", name)
    render plain: File.read(path)
  end

  def destroy
    FileUtils.rm_rf(Rails.root.join("tmp", "exports", params[:id]))
  end
end
