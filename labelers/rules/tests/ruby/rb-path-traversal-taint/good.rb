class DocumentsController < ApplicationController
  def show
    name = File.basename(params[:name])
    path = File.join(Rails.root, "public", "docs", name)
    render plain: File.read(path)
  end

  def destroy
    FileUtils.rm_rf(Rails.root.join("tmp", "exports", params[:id].to_i.to_s))
  end
end
