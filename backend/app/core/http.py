"""The lines every router writes around a service call: the ETag of what it answers, and for a 201 its Location;
and what every file import takes and answers."""

from typing import Annotated, Any

from fastapi import Depends, File, Query, Response, UploadFile, status

from app.core.concurrency import set_etag
from app.core.tabular import Upload

API_PREFIX = "/api/v1"


def tagged(response: Response, entity: Any) -> Any:
    """Set the entity's ETag on the response; returns the entity."""
    set_etag(response, entity.version)
    return entity


def created(response: Response, entity: Any, collection: str) -> Any:
    """ETag and `Location: /api/v1/<collection>/<id>` of a created entity; returns the entity."""
    response.headers["Location"] = f"{API_PREFIX}/{collection}/{entity.id}"
    return tagged(response, entity)


async def _upload(
    file: Annotated[UploadFile, File(description="CSV (`;`, `,` or tab; UTF-8 with or without BOM, UTF-16 or "
                                                 "Windows-1252) or XLSX (every sheet).")],
    dry_run: Annotated[bool, Query(alias="dryRun", description="Validate and preview; write nothing.")] = False,
    only_valid: Annotated[bool, Query(alias="onlyValid",
                                      description="Write the valid rows even when other rows have errors.")] = False,
) -> Upload:
    return Upload(await file.read(), file.filename, dry_run=dry_run, only_valid=only_valid)


FileUpload = Annotated[Upload, Depends(_upload)]  # the file (multipart), dryRun and onlyValid


def imported(response: Response, result: Any, upload: Upload) -> Any:
    """An import's answer: 200 for a dry run (nothing written), else 201; returns the result."""
    response.status_code = status.HTTP_200_OK if upload.dry_run else status.HTTP_201_CREATED
    return result
