import { useQuery, useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '../../../shared/limits';
import { ApiError, apiErrorFrom, csrfToken, get, post } from '../../../web/lib/api';
import { decodeCsvBytes } from '../decode';
import type { ImportAnswer, ImportKind, ImportListAnswer, ImportPreview } from '../answers';

export const importKeys = {
  list: ['imports'] as const,
  one: (id: string) => ['imports', id] as const,
};

export function useImports() {
  return useQuery({
    queryKey: importKeys.list,
    queryFn: () => get<ImportListAnswer>('/imports').then((r) => r.imports),
  });
}

/** One import; polled every second while it runs. */
export function useImport(id: string) {
  return useQuery({
    queryKey: importKeys.one(id),
    queryFn: () => get<ImportAnswer>(`/imports/${id}`).then((r) => r.import),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
}

export function useApplyImport() {
  const queryClient = useQueryClient();
  return async (id: string) => {
    try {
      const res = await post<ImportAnswer>(`/imports/${id}/apply`);
      queryClient.setQueryData(importKeys.one(id), res.import);
    } finally {
      // A refusal may mean the import changed meanwhile (applied elsewhere, or expired).
      await queryClient.invalidateQueries({ queryKey: importKeys.list });
    }
  };
}

export type UploadStage = 'reading' | 'uploading' | 'checking';
export type UploadProgress = (stage: UploadStage, fraction: number | null) => void;

/** The file's bytes with read progress, decoded as UTF-8 or Windows-1252 (see decode.ts). */
export function readCsvFile(file: File, onProgress: UploadProgress): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress('reading', e.lengthComputable ? e.loaded / e.total : null);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => resolve(decodeCsvBytes(new Uint8Array(reader.result as ArrayBuffer)).text);
    reader.readAsArrayBuffer(file);
  });
}

export const fileTooLarge = () => new ApiError(413, 'PAYLOAD_TOO_LARGE', 'file_too_large', 'file too large');

/**
 * POST /imports with upload progress, which fetch cannot report; errors become the same
 * ApiError the rest of the app translates.
 */
export function uploadImport(
  input: { kind: ImportKind; filename: string; content: string },
  onProgress: UploadProgress,
): Promise<ImportPreview> {
  const body = JSON.stringify(input);
  // The server refuses a body over its request limit before reading it; say why here instead.
  if (input.content.length > LIMITS.csvBytes || new Blob([body]).size > LIMITS.importRequestBytes)
    return Promise.reject(fileTooLarge());
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = csrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => onProgress('uploading', e.lengthComputable ? e.loaded / e.total : null);
    xhr.upload.onload = () => onProgress('checking', null);
    xhr.onerror = () => reject(new ApiError(0, 'INTERNAL', undefined, 'network'));
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as ImportPreview);
      reject(apiErrorFrom(xhr.status, data, xhr.statusText));
    };
    xhr.send(body);
  });
}
